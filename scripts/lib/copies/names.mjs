// Every invented name the generator uses, one table per kind, so a reviewer can see (and extend)
// the vocabulary in one place. All farms, brands and partners are made up; none names a real site.

// Farm site names are three-part compounds like the seed's "Profound Wealth Insights".
export const FARM_WORDS = {
  first: ['Profound', 'Global', 'Daily', 'Prime', 'Smart', 'Golden', 'Swift', 'Bright', 'Urban',
    'Pacific', 'Summit', 'Crystal', 'Rapid', 'Metro', 'Apex', 'Silver', 'Royal', 'Modern', 'Clear',
    'True', 'Rising', 'Blue', 'Fresh', 'Noble', 'Vivid', 'Grand', 'Lucky', 'Star', 'Infinite', 'Sunny'],
  middle: ['Wealth', 'Market', 'News', 'Finance', 'Trend', 'Capital', 'Info', 'World', 'Money', 'Tech',
    'Media', 'Story', 'Pulse', 'Wire', 'Asset', 'Crypto', 'Invest', 'Fortune', 'Profit', 'Coin', 'Life',
    'Sports', 'Health', 'Travel', 'Economy'],
  last: ['Insights', 'Hub', 'Daily', 'Digest', 'Today', 'Times', 'Review', 'Journal', 'Zone', 'Point',
    'Center', 'Watch', 'Post', 'Report', 'Express', 'Network', 'Online', 'Portal', 'Club', 'Focus'],
};

// Farms cluster on cheap TLDs but also squat national ones; weights roughly follow that.
export const FARM_TLDS = [
  ['com', 10], ['net', 5], ['info', 4], ['xyz', 4], ['top', 4], ['site', 3], ['online', 3],
  ['co.uk', 2], ['com.au', 2], ['org', 2], ['club', 2], ['vip', 2], ['icu', 2], ['shop', 1],
  ['live', 2], ['news', 2], ['cc', 2], ['biz', 2], ['co', 1], ['us', 1], ['in', 1], ['me', 1],
  ['pw', 1], ['space', 1], ['fun', 1], ['website', 1], ['today', 1], ['world', 1], ['co.nz', 1],
  ['com.sg', 1], ['ca', 1], ['io', 1],
];

// Subdomains seen on farm networks: plain www, mobile/regional mirrors, numbered shards.
export const FARM_SUBDOMAINS = [
  ['www', 10], ['', 4], ['news', 2], ['m', 2], ['en', 2], ['blog', 1], ['hk', 1], ['cn', 1],
  ['info', 1], ['read', 1], ['web', 1], ['us', 1], ['a1', 1], ['portal', 1], ['n2', 1], ['wap', 1],
];

// Injected brand phrases: the keyword a farm is paid to rank (exchanges, casinos, loans...).
// Invented names only; "Pro Exchange" style mirrors the seed's "SafeX Pro Exchange".
export const BRANDS = [
  'NovaTrade Pro Exchange', 'BitHarbor Pro Exchange', 'CoinSphere Exchange', 'Quantix Pro Exchange',
  'ZenithFX Pro', 'Stellar Coin Exchange', 'Apex Crypto Hub', 'VaultEdge Exchange', 'TrustBit Global',
  'Lumina Pro Exchange', 'Orbix Crypto Exchange', 'KryptoNest Pro', 'MegaSpin Casino',
  'Lucky Crown Casino', 'Royal Spin Slots', 'GoldenBet 88', 'Vegas777 Online', 'JackpotCity Live',
  'Spin4Win Casino', 'QuickCash Loans', 'EasyLoan Now', 'FastPayday Direct', 'TrustLend Online',
  'CashWave Credit', 'PrimeYield Capital', 'BlueOcean Forex', 'Falcon Options Pro', 'WealthPilot AI',
  'Poinbank Exchange', 'Nexo Prime Exchange', 'BetKing365 Pro', 'SlotMaster VIP',
  'Fortune Tiger Official', 'Aviator Game Online', 'MetaYield Staking', 'GreenLeaf CBD Shop',
];

// The seed glues brand and title with a bare "|"; real farms use every separator with and
// without surrounding spaces.
export const BRAND_SEPARATORS = ['|', ' | ', '-', ' - ', '–', ' – ', ':', ': ', '_', ' _ ', '·', ' · ', '丨'];

// What farms print where the author should be when the credit is stripped.
export const FAKE_BYLINES = ['admin', 'Editor', 'newsroom', 'Staff Writer', 'webmaster', 'Lisa Chen',
  'Mark Davis', 'Jenny Wu', 'Kevin Hart', 'Sarah Lin', 'contributor', 'Tom Baker', 'Alex Morgan', 'Emily Zhou'];

// The seed's "Poinbank Exchange View": a source line that names a second brand, or nothing real.
export const SOURCE_LABELS = ['{brand} View', '{brand} News', 'Source: {brand}', 'Source: Internet',
  'Source: Network', 'Source: compiled', 'From: {brand} Media', 'Editor: admin', 'Origin: web'];

// Link-farm block headings, all seen on real farm templates.
export const LINK_BLOCK_HEADINGS = ['Related', 'Ranking', 'Recommendation', 'Hot News', 'Latest',
  'Trending', 'Popular', 'You May Also Like', "Editor's Picks", 'Hot Articles', 'Most Read',
  'Recommended Reading', 'Featured', 'Random Posts', 'Top Stories', 'Latest News', 'Hot Spot',
  'Previous Articles', 'Read More', 'Guess You Like'];

// Share-widget residue that survives text extraction ("TwitterveryGood! (2)" in the seed).
export const SHARE_RESIDUE = ['Twitter|veryGood! ({n})', 'Facebook|Twitter|WhatsApp', 'Like ({n})',
  'Share:|Weibo|WeChat|QQ', 'Good ({n})|Bad ({m})', 'Collect|Share|Print', 'Thumbs up ({n})'];

// Disclaimers content farms add to look legitimate (and to pre-empt takedowns).
export const FARM_DISCLAIMERS = [
  'Statement: The content of this article comes from the Internet and the copyright belongs to the original author. If there is any infringement, please contact us for deletion.',
  'Disclaimer: This site is for information only and does not constitute investment advice. Markets are risky; invest with caution.',
  'Copyright notice: some articles are reproduced from other media for the purpose of conveying more information.',
  'The views in this article are the author\'s own and do not represent the position of this site.',
  'Risk warning: digital assets are highly volatile. Please make decisions based on your own judgment.',
];

// Chinese-run farm footers often carry a licence number; random digits, never a real one.
export const LICENSE_FORMATS = ['ICP No. {d8}-{d1}', 'Business license {d12}', 'Reg. No. {d9}'];

export const NAV_SETS = {
  general: ['Home', 'News', 'World', 'Business', 'Tech', 'Sports', 'Entertainment', 'Contact'],
  finance: ['Home', 'News', 'Finance', 'Markets', 'Crypto', 'Stocks', 'Forex', 'Contact'],
  blog: ['Home', 'Latest', 'Lifestyle', 'Money', 'Tech', 'About', 'Contact'],
  portal: ['Home', 'Domestic', 'International', 'Economy', 'Society', 'Culture', 'Video'],
};

// Synonym spinning as done by cheap "article rewriter" tools: whole-word swaps, case kept.
export const SYNONYMS = {
  said: ['stated', 'noted', 'remarked'], says: ['states', 'notes'], announced: ['declared', 'unveiled'],
  big: ['large', 'huge'], large: ['big', 'sizable'], small: ['little', 'tiny'], help: ['assist', 'aid'],
  show: ['demonstrate', 'display'], shows: ['demonstrates', 'displays'], important: ['significant', 'crucial'],
  buy: ['purchase'], people: ['individuals', 'folks'], start: ['begin', 'commence'], started: ['began'],
  use: ['utilize', 'employ'], used: ['utilized', 'employed'], many: ['numerous', 'plenty of'],
  more: ['additional', 'extra'], get: ['obtain', 'acquire'], need: ['require'], needs: ['requires'],
  increase: ['boost', 'rise'], company: ['firm', 'business'], companies: ['firms', 'businesses'],
  government: ['administration', 'authorities'], expected: ['anticipated', 'projected'],
  because: ['since', 'as'], however: ['nevertheless', 'nonetheless'], quickly: ['rapidly', 'swiftly'],
  very: ['extremely', 'really'], also: ['additionally', 'likewise'], new: ['brand-new', 'fresh'],
  make: ['create', 'produce'], made: ['created', 'produced'], told: ['informed'], asked: ['questioned'],
  think: ['believe', 'reckon'], problem: ['issue', 'difficulty'], problems: ['issues', 'difficulties'],
  officials: ['authorities', 'representatives'], official: ['representative'],
  country: ['nation'], city: ['town', 'metropolis'], report: ['account', 'statement'], plan: ['scheme', 'strategy'],
  first: ['initial'], last: ['final', 'previous'], major: ['key', 'main'], recent: ['latest', 'current'],
  begin: ['start'], end: ['finish'], often: ['frequently'], enough: ['sufficient'], difficult: ['hard', 'tough'],
  easy: ['simple'], fast: ['quick'], job: ['position', 'role'], money: ['cash', 'funds'], children: ['kids'],
  house: ['home', 'residence'], car: ['vehicle', 'automobile'], shares: ['stocks'], around: ['roughly', 'about'],
  about: ['regarding', 'concerning'], biggest: ['largest'], huge: ['massive', 'enormous'],
};

// Legitimate partners (newspapers, portals, nonprofit newsrooms) that republish with credit.
export const PARTNERS = [
  { name: 'The Riverbend Gazette', domain: 'www.riverbendgazette.com', kind: 'newspaper' },
  { name: 'Lakeside Daily Herald', domain: 'www.lakesideherald.com', kind: 'newspaper' },
  { name: 'Northfield Courier-Journal', domain: 'www.northfieldcourier.com', kind: 'newspaper' },
  { name: 'The Harbor City Chronicle', domain: 'www.harborcitychronicle.com', kind: 'newspaper' },
  { name: 'Valley Ledger', domain: 'valleyledger.com', kind: 'newspaper' },
  { name: 'The Pinecrest Observer', domain: 'www.pinecrestobserver.co.uk', kind: 'newspaper' },
  { name: 'Southern Cross Times', domain: 'www.southerncrosstimes.com.au', kind: 'newspaper' },
  { name: 'The Granite Record', domain: 'www.graniterecord.ca', kind: 'newspaper' },
  { name: 'Tasman Evening Post', domain: 'www.tasmanpost.co.nz', kind: 'newspaper' },
  { name: 'Sunport Tribune', domain: 'www.sunporttribune.com', kind: 'newspaper' },
  { name: 'NewsLoop', domain: 'www.newsloop.com', kind: 'portal' },
  { name: 'Headline Hub', domain: 'news.headlinehub.net', kind: 'portal' },
  { name: 'Daily Digest Network', domain: 'www.dailydigestnetwork.com', kind: 'portal' },
  { name: 'Coastal Reader', domain: 'www.coastalreader.com', kind: 'portal' },
  { name: 'Orbit Start', domain: 'start.orbitportal.com', kind: 'portal' },
  { name: 'Cascade Public Media', domain: 'www.cascadepublicmedia.org', kind: 'nonprofit' },
  { name: 'Prairie Public Newsroom', domain: 'news.prairiepublic-newsroom.org', kind: 'nonprofit' },
  { name: 'The Civic Ledger', domain: 'civicledger.org', kind: 'nonprofit' },
  { name: 'Open Plains Report', domain: 'www.openplainsreport.org', kind: 'nonprofit' },
  { name: 'Bayou Community News', domain: 'www.bayoucommunitynews.org', kind: 'nonprofit' },
];

// Wire boilerplate partners append verbatim.
export const WIRE_CREDITS = {
  AP: { name: 'The Associated Press', line: 'Copyright {year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.' },
  Reuters: { name: 'Reuters', line: '(Reporting by Reuters staff; Editing by the Reuters desk) © {year} Thomson Reuters.' },
  AFP: { name: 'AFP', line: '© {year} AFP' },
};

// Words that never become tags or keywords.
export const STOPWORDS = new Set(('a an the and or but of for to in on at by with from as is are was were be been '
  + 'this that these those it its into over after before about than then new says said will how why what when '
  + 'who your you our their his her not no more most up out can could may might just all has have had do does '
  + 'one two three first last year years day days week').split(' '));

// Author bios farms keep from the original page ("Bo Erickson is a reporter ... for CBS News").
export const BIO_TEMPLATES = ['{a} is a reporter for {p}.', '{a} is a staff writer at {p}.',
  '{a} covers breaking news for {p}.', '{a} is a senior correspondent for {p}.',
  'About the author: {a} writes for {p}.', '{a} is a reporter covering national news for {p}.'];

// Copyright lines naming the original publisher, left in the copied text.
export const COPYRIGHT_TEMPLATES = ['© {y} {p}', 'Copyright {y} {p}. All rights reserved.',
  '(c) {p} {y}', 'Copyright © {y} {p}'];

// "Originally appeared" notes; {link} marks where a link to the original may be placed.
export const ORIGIN_NOTES = ['This article originally appeared on {link}.', 'This story was first published by {link}.',
  'Source: {link}', 'Originally published at {link}.', 'Article courtesy of {link}.'];

// Syndication credit lines partners print (the legitimate counterpart of the notes above).
export const PROVIDED_BY = ['Provided by {p}', 'Distributed by {p}', 'Content provided by {p}'];
export const REPUBLISH_NOTES = [
  'This story was originally published by {link} and is republished here with permission.',
  'This article was originally published by {link}. It is republished here under a content-sharing agreement.',
  'Republished with permission from {link}. Read the original story.'];

// Languages a farm's <html lang> claims regardless of the copied text.
export const FARM_LANGS = ['zh-CN', 'zh-Hans', 'ja', 'ko', 'vi', 'id', 'ru', 'en'];
