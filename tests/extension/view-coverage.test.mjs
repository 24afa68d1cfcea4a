/**
 * @jest-environment jsdom
 */
// Coverage note for text the core left out (result.droppedBlocks, may be absent).
import { MIN_DROPPED_CHARS, coverageSentence, renderCoverage, sizeableDropped } from '../../extension/view/coverage.js';

const long = (word, n = 30) => `${word} `.repeat(n).trim();

function setup(result) {
  document.body.innerHTML = '<div id="note"></div><div id="content"><p>First.</p><p>Second.</p><p>Third.</p></div>';
  const note = document.getElementById('note');
  const content = document.getElementById('content');
  return { note, content, blocks: renderCoverage(note, content, result) };
}

test('absent or small dropped blocks: no note at all', () => {
  expect(setup({}).note.hidden).toBe(true);
  expect(setup({ droppedBlocks: [{ text: 'Share this', where: 'text' }] }).note.childNodes).toHaveLength(0);
  expect(sizeableDropped({ droppedBlocks: 'nope' })).toEqual([]);
  expect(sizeableDropped({ droppedBlocks: [null, { text: 7 }] })).toEqual([]);
});

test('says how many blocks and characters are missing, and shows them inline on request', () => {
  const a = long('alpha');
  const b = long('bravo');
  const c = long('charlie');
  const { note, content, blocks } = setup({
    droppedBlocks: [
      { text: a, where: 'sidebar', after: 0 },
      { text: `${b}\n\n${b}`, where: 'after the article' },
      { text: c, where: 'before the article', after: -1 },
      { text: 'tiny', where: 'text' },
    ],
  });
  expect(blocks).toHaveLength(3);
  const chars = [...a].length + [...`${b}\n\n${b}`].length + [...c].length;
  expect(note.textContent).toContain(`3 text blocks from the page are not shown (${new Intl.NumberFormat('en').format(chars)} characters).`);
  const button = note.querySelector('button');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  button.click();
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(button.textContent).toBe('Hide them');
  const order = [...content.children].map((n) => (n.classList.contains('cs-dropped') ? `dropped:${n.dataset.droppedIndex}` : n.textContent));
  expect(order).toEqual(['dropped:2', 'First.', 'dropped:0', 'Second.', 'Third.', 'dropped:1']);
  const second = content.querySelector('[data-dropped-index="1"]');
  expect(second.getAttribute('role')).toBe('note');
  expect(second.querySelector('.cs-dropped-label').textContent).toBe('Left out by the reader (after the article):');
  expect(second.querySelectorAll('p:not(.cs-dropped-label)')).toHaveLength(2);
  button.click();
  expect(content.querySelectorAll('.cs-dropped')).toHaveLength(0);
  expect(button.textContent).toBe('Show them');
});

test('dropped text is never parsed as HTML', () => {
  const { note, content } = setup({ droppedBlocks: [{ text: `<img src=x onerror=alert(1)> ${long('x', 60)}`, where: '<b>x</b>' }] });
  note.querySelector('button').click();
  expect(content.querySelector('img, b')).toBeNull();
  expect(content.textContent).toContain('<img src=x onerror=alert(1)>');
});

test('wording for one block', () => {
  expect(coverageSentence([{ text: 'x'.repeat(MIN_DROPPED_CHARS) }])).toBe('1 text block from the page is not shown (100 characters).');
});

test('a partial result (the core ran out of budget) says the article may be cut off', () => {
  const { note } = setup({ partial: true, partialReason: 'time-budget' });
  expect(note.hidden).toBe(false);
  expect(note.textContent).toBe('Only part of this page is shown: the page took too long to read in full. The original page has the rest.');
  expect(setup({ partial: false, partialReason: null }).note.hidden).toBe(true);
  expect(setup({ partial: true, partialReason: 'memory-budget', droppedBlocks: [{ text: long('xyz', 40) }] }).note.querySelectorAll('p')).toHaveLength(2);
});
