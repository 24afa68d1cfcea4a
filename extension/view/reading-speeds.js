// Silent reading speed by language: the one table behind "N min read". Data, not code; every
// entry says why it has its value.
//
// Method: relative speeds between languages come from IReST (Trauzettel-Klosinski & Dietz,
// "Standardized Assessment of Reading Performance: The New International Reading Speed Texts
// IReST", IOVS 2012: the same passage translated into 17 languages, read by native adults).
// They are anchored to English silent reading of non-fiction, 238 words a minute (Brysbaert,
// "How many words do we read per minute?", J. Memory and Language 2019), i.e. each rate is
// IReST(lang) * 238 / 228 (228 is IReST's English figure). Words differ in length across
// languages, which is why a German minute holds fewer words than a Spanish one.
//
// unit 'word': count words (letters/digits between spaces and punctuation).
// unit 'char': count characters: Chinese and Japanese are written without spaces, and a
// "word" there depends on a dictionary; reading research measures them in characters.

export const DEFAULT_LANG = 'en';

export const READING_SPEEDS = Object.freeze({
  en: { unit: 'word', rate: 238, why: 'Brysbaert 2019 meta-analysis: 238 wpm for silent reading of English non-fiction (the anchor).' },
  ar: { unit: 'word', rate: 144, why: 'IReST 138 wpm: articles and prepositions attach to words, so fewer, longer words per sentence.' },
  de: { unit: 'word', rate: 187, why: 'IReST 179 wpm: long compound nouns mean fewer words for the same content.' },
  es: { unit: 'word', rate: 228, why: 'IReST 218 wpm: short function words keep the word rate near English.' },
  fi: { unit: 'word', rate: 168, why: 'IReST 161 wpm: agglutinative, one long word carries what English says in three.' },
  fr: { unit: 'word', rate: 204, why: 'IReST 195 wpm.' },
  he: { unit: 'word', rate: 195, why: 'IReST 187 wpm: prefixes attach to words and vowels are mostly unwritten.' },
  it: { unit: 'word', rate: 196, why: 'IReST 188 wpm.' },
  nl: { unit: 'word', rate: 211, why: 'IReST 202 wpm: compounds like German but shorter on average.' },
  pl: { unit: 'word', rate: 173, why: 'IReST 166 wpm: rich inflection, long words.' },
  pt: { unit: 'word', rate: 189, why: 'IReST 181 wpm.' },
  ru: { unit: 'word', rate: 192, why: 'IReST 184 wpm: no articles, longer inflected words.' },
  sl: { unit: 'word', rate: 188, why: 'IReST 180 wpm.' },
  sv: { unit: 'word', rate: 208, why: 'IReST 199 wpm.' },
  tr: { unit: 'word', rate: 173, why: 'IReST 166 wpm: agglutinative like Finnish.' },
  zh: { unit: 'char', rate: 266, why: 'IReST 255 characters a minute: Chinese has no spaces; count characters.' },
  ja: { unit: 'char', rate: 373, why: 'IReST 357 characters a minute: kana are quick to read, so more characters than Chinese.' },
  // Not in IReST. Korean puts spaces between words (eojeol), so words are counted; the rate is
  // the median of the IReST word rates above (anchored), a stated estimate rather than a guess.
  ko: { unit: 'word', rate: 192, why: 'No IReST text; Korean spaces its words, so the median anchored IReST word rate is used.' },
});

// Characters read as characters even inside another language's text (a Chinese name in an
// English article): Han, Hiragana, Katakana. Rate used when the page language has no char rate.
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
export const DEFAULT_CHAR_LANG = 'zh';
