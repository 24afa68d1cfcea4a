// "N min read": counts words (and CJK characters) in the article text and divides by the
// reading speed of its language (reading-speeds.js).
import { CJK_CHAR, DEFAULT_CHAR_LANG, DEFAULT_LANG, READING_SPEEDS } from './reading-speeds.js';

const CJK_GLOBAL = new RegExp(CJK_CHAR.source, 'gu');
// Fallback word pattern when Intl.Segmenter is missing: letters/digits with inner ' - marks.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Primary language subtag ("pt-BR" -> "pt"), or null. */
export function primaryLang(lang) {
  if (typeof lang !== 'string') return null;
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(lang.trim());
  return m ? m[1].toLowerCase() : null;
}

/** { words, chars }: words outside CJK scripts, CJK characters counted one by one. */
export function countText(text, lang) {
  const source = typeof text === 'string' ? text : '';
  const chars = source.match(CJK_GLOBAL)?.length ?? 0;
  const rest = chars ? source.replace(CJK_GLOBAL, ' ') : source;
  let words = 0;
  if (typeof Intl?.Segmenter === 'function') {
    // The segmenter knows scripts without spaces (Thai, Lao, Khmer) that a regex cannot split.
    const segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'word' });
    for (const seg of segmenter.segment(rest)) if (seg.isWordLike) words++;
  } else {
    words = rest.match(WORD)?.length ?? 0;
  }
  return { words, chars };
}

function speedFor(lang, unit) {
  const entry = READING_SPEEDS[primaryLang(lang)];
  if (entry && entry.unit === unit) return entry.rate;
  return unit === 'char' ? READING_SPEEDS[DEFAULT_CHAR_LANG].rate : READING_SPEEDS[DEFAULT_LANG].rate;
}

/**
 * Estimated reading time in whole minutes (at least 1 for any text, 0 for none), with the
 * counts behind it so the view can say how it was computed.
 */
export function readingTime(text, lang) {
  const { words, chars } = countText(text, lang);
  const minutesExact = words / speedFor(lang, 'word') + chars / speedFor(lang, 'char');
  const minutes = words + chars === 0 ? 0 : Math.max(1, Math.round(minutesExact));
  return { minutes, words, chars, minutesExact };
}

export function formatReadingTime({ minutes }) {
  if (!minutes) return null;
  return `${minutes} min read`;
}
