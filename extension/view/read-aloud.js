// Read aloud (issue 5, part 4) with the browser's speech synthesis: play / pause / stop, the
// sentence being spoken highlighted (CSS Custom Highlight API, falling back to a class on its
// block) and kept in view.
//
// One utterance per sentence: Chromium cuts long utterances off after about 15 s with some
// voices, and sentence-sized utterances let us know exactly which sentence is being spoken
// without relying on `boundary` events (many voices never send them). Pause is implemented as
// cancel-and-remember rather than speechSynthesis.pause(): pause/resume is unreliable across
// voices and browsers (network voices often never resume), restarting the current sentence is
// not. Local voices are preferred: network voices send the text to a speech service.

export const HIGHLIGHT_NAME = 'cs-speaking';
// What is read: prose, headings, lists, quotes. Not read: captions and photo credits, tables
// (cell by cell they make no sentence), code, and the view's own controls.
const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote';
const SKIP_SELECTOR = 'pre, code, table, figcaption, button, .cs-offscreen, [aria-hidden="true"]';

function textNodesOf(block) {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest(SKIP_SELECTOR)) nodes.push(n);
  }
  return nodes;
}

function splitSentences(text, lang) {
  if (typeof Intl?.Segmenter === 'function') {
    const seg = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    return Array.from(seg.segment(text), (s) => ({ start: s.index, end: s.index + s.segment.length }));
  }
  const out = [];
  const re = /[^.!?。！？]+(?:[.!?。！？]+["'”’)\]]*\s*|$)/g;
  for (let m = re.exec(text); m && m[0]; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The blocks to read, in document order: leaves of the block selector (no nested blocks). */
export function readableBlocks(roots) {
  const blocks = [];
  for (const root of roots.filter(Boolean)) {
    const candidates = root.matches?.(BLOCK_SELECTOR) ? [root] : [];
    candidates.push(...root.querySelectorAll(BLOCK_SELECTOR));
    for (const el of candidates) {
      if (el.closest(SKIP_SELECTOR)) continue;
      if (el.querySelector(BLOCK_SELECTOR)) continue;  // its inner blocks are read instead
      blocks.push(el);
    }
  }
  return blocks;
}

/** [{ text, range, block }] for every sentence of the blocks. */
export function collectSentences(roots, lang) {
  const sentences = [];
  for (const block of readableBlocks(roots)) {
    const nodes = textNodesOf(block);
    if (!nodes.length) continue;
    const starts = [];
    let text = '';
    for (const n of nodes) {
      starts.push(text.length);
      text += n.data;
    }
    const locate = (offset, isEnd) => {
      // The text node holding `offset` (for an end, the node the previous character is in).
      let i = nodes.length - 1;
      while (i > 0 && (isEnd ? starts[i] >= offset : starts[i] > offset)) i--;
      return [nodes[i], Math.min(offset - starts[i], nodes[i].data.length)];
    };
    for (const { start, end } of splitSentences(text, lang)) {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
      const range = block.ownerDocument.createRange();
      range.setStart(...locate(start + lead, false));
      range.setEnd(...locate(start + lead + trimmed.length, true));
      sentences.push({ text: trimmed.replace(/\s+/g, ' '), range, block });
    }
  }
  return sentences;
}

// Speech errors in plain words (SpeechSynthesisErrorEvent.error codes).
const SPEECH_ERRORS = Object.freeze({
  'synthesis-unavailable': 'This browser has no speech engine.',
  'synthesis-failed': 'No voice could read this (the system may have no speech voice installed).',
  'language-unavailable': 'There is no voice for this language.',
  'voice-unavailable': 'The chosen voice is not available.',
  'audio-busy': 'The audio device is busy.',
  'audio-hardware': 'No audio output was found.',
  network: 'The online voice could not be reached.',
  'not-allowed': 'The browser did not allow speech here.',
  'text-too-long': 'A sentence was too long to speak.',
});

function speechErrorMessage(code, voiceCount) {
  if (code === 'synthesis-failed' && voiceCount === 0) {
    return 'Read aloud needs a speech voice, and this browser has none (install one in the system settings).';
  }
  return SPEECH_ERRORS[code] ?? `Speech stopped (${code ?? 'unknown error'}).`;
}

export function speechAvailable(win = globalThis) {
  return Boolean(win.speechSynthesis && typeof win.SpeechSynthesisUtterance === 'function');
}

export function pickVoice(voices, lang) {
  if (!lang || !Array.isArray(voices) || !voices.length) return null;
  const want = lang.toLowerCase();
  const primary = want.split(/[-_]/)[0];
  const matches = voices.filter((v) => {
    const l = String(v.lang ?? '').toLowerCase().replace('_', '-');
    return l === want || l.split('-')[0] === primary;
  });
  const score = (v) => (v.localService ? 2 : 0) + (String(v.lang).toLowerCase().replace('_', '-') === want ? 1 : 0) + (v.default ? 0.5 : 0);
  matches.sort((a, b) => score(b) - score(a));
  return matches[0] ?? null;
}

/**
 * Controller. getRoots() returns the elements to read (called at each fresh start, so blocks
 * shown later are included). onChange({ state, index, total, error }) after every change.
 */
export function createReadAloud({ getRoots, lang = null, win = globalThis, onChange = () => {} }) {
  // Looked up when used: voices and engines can appear after the view opened.
  const synth = () => win.speechSynthesis;
  const state = { state: 'idle', index: 0, sentences: [], generation: 0, error: null };
  const highlights = win.CSS?.highlights && typeof win.Highlight === 'function' ? win.CSS.highlights : null;
  let markedBlock = null;

  function emit() {
    onChange({ state: state.state, index: state.index, total: state.sentences.length, error: state.error });
  }

  function clearHighlight() {
    highlights?.delete(HIGHLIGHT_NAME);
    markedBlock?.classList.remove('cs-speaking-block');
    markedBlock = null;
  }

  function highlight(sentence) {
    clearHighlight();
    if (highlights) highlights.set(HIGHLIGHT_NAME, new win.Highlight(sentence.range));
    else {
      markedBlock = sentence.block;
      markedBlock.classList.add('cs-speaking-block');
    }
    const rect = sentence.range.getBoundingClientRect?.();
    const height = win.innerHeight || 0;
    if (rect && height && (rect.top < 60 || rect.bottom > height - 40)) {
      sentence.block.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
  }

  function speak(index) {
    const generation = ++state.generation;
    const sentence = state.sentences[index];
    if (!sentence) {
      stop();
      return;
    }
    state.index = index;
    state.state = 'playing';
    highlight(sentence);
    const utterance = new win.SpeechSynthesisUtterance(sentence.text);
    if (lang) utterance.lang = lang;
    const voices = synth().getVoices?.() ?? [];
    const voice = pickVoice(voices, lang);
    try {
      if (voice) utterance.voice = voice;
    } catch {
      // not a SpeechSynthesisVoice the browser accepts: its default voice for `lang` reads instead
    }
    utterance.onend = () => {
      if (generation === state.generation && state.state === 'playing') speak(index + 1);
    };
    utterance.onerror = (event) => {
      if (generation !== state.generation) return;
      if (event?.error === 'interrupted' || event?.error === 'canceled') return;
      state.error = speechErrorMessage(event?.error, voices.length);
      stop();
    };
    emit();
    synth().speak(utterance);
  }

  function play() {
    if (!speechAvailable(win)) {
      state.error = 'This browser has no speech synthesis.';
      emit();
      return;
    }
    state.error = null;
    if (state.state === 'playing') return;
    if (state.state === 'idle') {
      state.sentences = collectSentences(getRoots(), lang);
      state.index = 0;
      if (!state.sentences.length) {
        state.error = 'There is no text to read.';
        emit();
        return;
      }
    }
    synth().cancel();
    speak(state.index);
  }

  function pause() {
    if (state.state !== 'playing') return;
    state.generation++;
    state.state = 'paused';
    synth().cancel();
    emit();
  }

  function stop() {
    state.generation++;
    const was = state.state;
    state.state = 'idle';
    state.index = 0;
    clearHighlight();
    if (was !== 'idle') synth()?.cancel();
    emit();
  }

  return {
    play,
    pause,
    stop,
    toggle() {
      if (state.state === 'playing') pause();
      else play();
    },
    get state() {
      return state.state;
    },
    get current() {
      return state.sentences[state.index] ?? null;
    },
  };
}
