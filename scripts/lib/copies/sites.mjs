// Invented hosts: content farms (random per case) and syndication partners (fixed table).

import { FARM_SUBDOMAINS, FARM_TLDS, FARM_WORDS, PARTNERS } from './names.mjs';

export function makeFarm(rng) {
  const first = rng.pick(FARM_WORDS.first);
  const middle = rng.pick(FARM_WORDS.middle.filter((w) => w !== first));
  const last = rng.pick(FARM_WORDS.last.filter((w) => w !== first && w !== middle));
  const name = `${first} ${middle} ${last}`;
  const words = [first, middle, last].map((w) => w.toLowerCase());
  // Farms rarely own the exact-match domain: hyphens, initials and digits are common.
  const style = rng.weighted([['concat', 6], ['hyphen', 2], ['initials', 1], ['digits', 2], ['two', 2]]);
  const label = {
    concat: words.join(''),
    hyphen: words.join('-'),
    initials: words[0][0] + words[1][0] + words[2],
    digits: words[1] + words[2] + rng.int(2, 999),
    two: words[0] + words[1],
  }[style];
  const sub = rng.weighted(FARM_SUBDOMAINS);
  const host = `${sub ? `${sub}.` : ''}${label}.${rng.weighted(FARM_TLDS)}`;
  return { name, host, origin: `https://${host}` };
}

export function pickPartner(rng) {
  const p = rng.pick(PARTNERS);
  return { ...p, host: p.domain, origin: `https://${p.domain}` };
}
