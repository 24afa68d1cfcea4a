/**
 * @jest-environment jsdom
 */
// Read aloud against a fake speech synthesis that behaves like the browser's (events async,
// cancel() reports 'interrupted' on the current utterance).
import { collectSentences, createReadAloud, pickVoice, readableBlocks } from '../../extension/view/read-aloud.js';

class FakeUtterance {
  constructor(text) {
    this.text = text;
    this.lang = '';
    this.voice = null;
  }
}

function fakeSynth() {
  const synth = {
    spoken: [],
    current: null,
    voices: [
      { name: 'Net English', lang: 'en-US', localService: false },
      { name: 'Local English', lang: 'en-GB', localService: true },
      { name: 'Local German', lang: 'de-DE', localService: true },
    ],
    getVoices() { return this.voices; },
    speak(u) {
      this.spoken.push(u);
      this.current = u;
    },
    cancel() {
      const u = this.current;
      this.current = null;
      if (u) u.onerror?.({ error: 'interrupted' });
    },
    finish() {  // the voice finished the current utterance
      const u = this.current;
      this.current = null;
      u?.onend?.();
    },
    fail(error) {
      const u = this.current;
      this.current = null;
      u?.onerror?.({ error });
    },
  };
  return synth;
}

function setup() {
  document.body.innerHTML = `<article><h1 class="cs-title">Night trains return</h1><div class="cs-content">
    <p>The train runs again. It leaves at <b>22:40</b>! Does it stop? Yes.</p>
    <ul><li>Seats cost 29.</li><li><p>Beds cost 59.</p></li></ul>
    <pre><code>not read();</code></pre>
    <figure><img alt=""><figcaption>Photo: not read.</figcaption></figure>
    <table><tr><td>Not read either.</td></tr></table>
    <p>The <mark class="cs-injected">Brand</mark>Senate voted.</p></div></article>`;
  const synth = fakeSynth();
  const win = { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance, innerHeight: 800 };
  const states = [];
  const roots = () => [document.querySelector('.cs-title'), document.querySelector('.cs-content')];
  const ra = createReadAloud({ getRoots: roots, lang: 'en', win, onChange: (s) => states.push(s) });
  return { synth, ra, states, roots };
}

test('sentences come from leaf blocks in order, code is skipped, ranges cover exactly the sentence', () => {
  const { roots } = setup();
  expect(readableBlocks(roots()).map((b) => b.tagName)).toEqual(['H1', 'P', 'LI', 'P', 'P']);
  const sentences = collectSentences(roots(), 'en');
  expect(sentences.map((s) => s.text)).toEqual([
    'Night trains return', 'The train runs again.', 'It leaves at 22:40!', 'Does it stop?', 'Yes.',
    'Seats cost 29.', 'Beds cost 59.', 'The BrandSenate voted.',
  ]);
  for (const s of sentences) expect(s.range.toString().replace(/\s+/g, ' ')).toBe(s.text);
});

test('play speaks sentence by sentence, highlighting the current one; local voice preferred', () => {
  const { synth, ra, states } = setup();
  ra.play();
  expect(ra.state).toBe('playing');
  expect(synth.spoken.map((u) => u.text)).toEqual(['Night trains return']);
  expect(synth.spoken[0].lang).toBe('en');
  expect(synth.spoken[0].voice.name).toBe('Local English');
  // jsdom has no CSS Custom Highlight API: the block is marked instead.
  expect(document.querySelector('.cs-speaking-block').textContent).toBe('Night trains return');
  synth.finish();
  expect(synth.spoken.at(-1).text).toBe('The train runs again.');
  expect(document.querySelector('.cs-speaking-block').tagName).toBe('P');
  expect(states.at(-1)).toMatchObject({ state: 'playing', index: 1, total: 8 });
});

test('pause keeps the place; resume restarts the current sentence; stop resets', () => {
  const { synth, ra } = setup();
  ra.play();
  synth.finish();
  synth.finish();  // now on "It leaves at 22:40!"
  ra.toggle();     // pause
  expect(ra.state).toBe('paused');
  expect(synth.current).toBeNull();
  const before = synth.spoken.length;
  ra.toggle();     // resume
  expect(ra.state).toBe('playing');
  expect(synth.spoken.length).toBe(before + 1);
  expect(synth.spoken.at(-1).text).toBe('It leaves at 22:40!');
  ra.stop();
  expect(ra.state).toBe('idle');
  expect(document.querySelector('.cs-speaking-block')).toBeNull();
  ra.play();
  expect(synth.spoken.at(-1).text).toBe('Night trains return');
});

test('reaching the end stops and clears the highlight', () => {
  const { synth, ra } = setup();
  ra.play();
  for (let i = 0; i < 8; i++) synth.finish();
  expect(ra.state).toBe('idle');
  expect(document.querySelector('.cs-speaking-block')).toBeNull();
  expect(synth.spoken).toHaveLength(8);
});

test('a speech error stops with a message; interruptions from our own cancel do not', () => {
  const { synth, ra, states } = setup();
  ra.play();
  synth.fail('synthesis-failed');
  expect(ra.state).toBe('idle');
  expect(states.at(-1).error).toBe('No voice could read this (the system may have no speech voice installed).');
});

test('no speech synthesis: a clear message instead of a crash', () => {
  document.body.innerHTML = '<p>Text.</p>';
  const states = [];
  const ra = createReadAloud({ getRoots: () => [document.body], win: {}, onChange: (s) => states.push(s) });
  ra.play();
  expect(states.at(-1).error).toBe('This browser has no speech synthesis.');
});

test('voice choice: language match first, local before network', () => {
  const voices = fakeSynth().voices;
  expect(pickVoice(voices, 'en-US').name).toBe('Local English');
  expect(pickVoice(voices, 'de').name).toBe('Local German');
  expect(pickVoice(voices, 'fr')).toBeNull();
  expect(pickVoice([], 'en')).toBeNull();
});

test('no voices at all: the message says what to do', () => {
  const { synth, ra, states } = setup();
  synth.voices = [];
  ra.play();
  synth.fail('synthesis-failed');
  expect(states.at(-1).error).toBe('Read aloud needs a speech voice, and this browser has none (install one in the system settings).');
});
