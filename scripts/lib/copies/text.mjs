// Text manipulations applied to the copied article body. Each returns what it changed so the
// manifest only records a manipulation that actually happened.

import { STOPWORDS, SYNONYMS } from './names.mjs';

// "WASHINGTON (AP) — ", "Washington — ", "HAYWARD, Calif. (AP) — ", "WASHINGTON (Reuters) - ".
const DATELINE = /^([\p{L}][\p{L} .,'’-]{1,40}?(?:\s\((?:AP|Reuters|AFP)\))?\s[—–-]{1,2}\s)/u;

// The seed's "The SafeX Pro ExchangeU.S., Japan ...": the brand is spliced in before a word of
// the first sentence with no space after it, the way keyword-stuffing plugins insert anchors.
export function glueBrand(paragraph, brand, rng) {
  const prefix = DATELINE.exec(paragraph)?.[1] ?? '';
  const words = paragraph.slice(prefix.length).split(' ');
  if (words.length < 3) return { text: `${brand}${paragraph}`, at: 0 };
  const at = rng.pick([0, 1, 1, 1, 2, 2, 3]);
  words[at] = brand + words[at];
  return { text: prefix + words.join(' '), at };
}

// Farms that want to hide wire origin drop "(AP)" but leave the city.
export function stripWireDateline(paragraph) {
  const out = paragraph.replace(/^([^!?]{2,60}?)\s\((?:AP|Reuters|AFP)\)(\s*[—–-])/, '$1$2');
  return out === paragraph ? null : out;
}

export function hasWireDateline(paragraph) {
  return /^[^!?]{2,60}?\((?:AP|Reuters|AFP)\)\s*[—–-]/.test(paragraph ?? '');
}

function matchCase(word, replacement) {
  if (word === word.toUpperCase() && word.length > 1) return replacement.toUpperCase();
  if (word[0] === word[0].toUpperCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

// Spins a share of sentences. Quotes are left alone, as rewriter tools usually skip them.
export function spin(paragraphs, rng, rate) {
  let swaps = 0;
  const out = paragraphs.map((p) =>
    p.replace(/[^.!?]+[.!?]*\s*/g, (sentence) => {
      if (/["“”]/.test(sentence) || !rng.chance(rate)) return sentence;
      return sentence.replace(/\b[A-Za-z]+\b/g, (word) => {
        const options = SYNONYMS[word.toLowerCase()];
        if (!options || !rng.chance(0.75)) return word;
        const pick = rng.pick(options);
        if (pick === word.toLowerCase()) return word;
        swaps++;
        return matchCase(word, pick);
      });
    }),
  );
  return { paragraphs: out, swaps };
}

// Drops 1-3 paragraphs after the lead (the lead stays: it is what a scraper copies first).
export function dropParagraphs(paragraphs, rng) {
  if (paragraphs.length < 5) return null;
  const n = Math.min(rng.int(1, 3), paragraphs.length - 4);
  const victims = new Set(rng.sample([...paragraphs.keys()].slice(1), n));
  return paragraphs.filter((_, i) => !victims.has(i));
}

// Keeps the first 40-70 % of paragraphs: excerpt scrapers that show "the rest" elsewhere.
export function truncate(paragraphs, rng) {
  if (paragraphs.length < 4) return null;
  const keep = Math.max(2, Math.ceil(paragraphs.length * (0.4 + rng.next() * 0.3)));
  return keep < paragraphs.length ? paragraphs.slice(0, keep) : null;
}

// Capitalised words of the title: what farms put in tags and meta keywords.
export function titleKeywords(title, max = 4) {
  const out = [];
  for (const w of title.replace(/[^\p{L}\p{N}'’ -]+/gu, ' ').split(/\s+/)) {
    const bare = w.replace(/^['’-]+|['’-]+$/g, '');
    if (bare.length < 3 || STOPWORDS.has(bare.toLowerCase()) || !/^\p{Lu}/u.test(bare)) continue;
    if (!out.includes(bare)) out.push(bare);
    if (out.length >= max) break;
  }
  return out;
}

export function excerpt(text, max = 155) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:]$/, '');
}
