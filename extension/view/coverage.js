// Coverage note (issue 5, part 8): when the core left out sizeable text blocks, say so ("3 text
// blocks not shown") and let the reader show them inline, marked as not part of the article.
// The answer to the top complaint about reader views: articles silently cut off.
//
// Input: result.droppedBlocks = [{ text, where, after? }] (may be absent). `text` is plain text;
// `where` says where on the page it was ("sidebar", "after the article", a class name...);
// `after`, when the core provides it, is the index of the article's top-level block the dropped
// one followed in the page (-1: before the first), so it is shown where it was. Without it,
// blocks are shown at the end, in page order.

// Below this a dropped block is a caption, a button label or a stray line, not lost article.
export const MIN_DROPPED_CHARS = 100;

function charCount(text) {
  return [...text].length;
}

/** The sizeable dropped blocks, validated; [] when the core reported none. */
export function sizeableDropped(result) {
  const list = Array.isArray(result?.droppedBlocks) ? result.droppedBlocks : [];
  return list
    .filter((b) => b && typeof b.text === 'string')
    .map((b) => ({
      text: b.text.trim(),
      where: typeof b.where === 'string' && b.where.trim() ? b.where.trim() : null,
      after: Number.isInteger(b.after) ? b.after : null,
    }))
    .filter((b) => charCount(b.text) >= MIN_DROPPED_CHARS);
}

export function coverageSentence(blocks) {
  const n = blocks.length;
  const chars = blocks.reduce((sum, b) => sum + charCount(b.text), 0);
  const size = new Intl.NumberFormat('en').format(chars);
  return `${n} text block${n === 1 ? '' : 's'} from the page ${n === 1 ? 'is' : 'are'} not shown (${size} characters).`;
}

function droppedElement(block, index) {
  const box = document.createElement('div');
  box.className = 'cs-dropped';
  box.setAttribute('role', 'note');
  box.dataset.droppedIndex = String(index);
  const label = document.createElement('p');
  label.className = 'cs-dropped-label';
  label.textContent = block.where ? `Left out by the reader (${block.where}):` : 'Left out by the reader:';
  box.append(label);
  for (const para of block.text.split(/\n\s*\n/)) {
    if (!para.trim()) continue;
    const p = document.createElement('p');
    p.textContent = para.trim();
    box.append(p);
  }
  return box;
}

// When the core ran out of its time or memory budget, the result covers only part of the page.
const PARTIAL_REASONS = Object.freeze({
  'time-budget': 'the page took too long to read in full',
  'memory-budget': 'the page is much larger than its text',
});

function partialSentence(result) {
  if (result?.partial !== true) return null;
  const why = PARTIAL_REASONS[result.partialReason] ?? 'the page could not be read in full';
  return `Only part of this page is shown: ${why}. The original page has the rest.`;
}

/**
 * Renders the note into `noteHost` and, on demand, the blocks into `content` (the article body).
 * Returns the blocks considered, or [] (and an empty, hidden host) when there is nothing to say.
 */
export function renderCoverage(noteHost, content, result) {
  noteHost.replaceChildren();
  const blocks = sizeableDropped(result);
  const partial = partialSentence(result);
  noteHost.hidden = blocks.length === 0 && !partial;
  if (partial) {
    const p = document.createElement('p');
    p.className = 'cs-coverage cs-coverage--partial';
    p.setAttribute('role', 'note');
    p.textContent = partial;
    noteHost.append(p);
  }
  if (!blocks.length) return blocks;
  const note = document.createElement('p');
  note.className = 'cs-coverage';
  note.setAttribute('role', 'note');
  note.append(`${coverageSentence(blocks)} `);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cs-button cs-link-button';
  button.dataset.action = 'toggle-dropped';
  button.setAttribute('aria-expanded', 'false');
  button.textContent = blocks.length === 1 ? 'Show it' : 'Show them';
  note.append(button);
  noteHost.append(note);

  let shown = [];
  button.addEventListener('click', () => {
    if (shown.length) {
      for (const node of shown) node.remove();
      shown = [];
      button.setAttribute('aria-expanded', 'false');
      button.textContent = blocks.length === 1 ? 'Show it' : 'Show them';
      return;
    }
    const top = Array.from(content.children);
    blocks.forEach((block, i) => {
      const node = droppedElement(block, i);
      if (block.after !== null && block.after < 0 && top.length) top[0].before(node);
      else if (block.after !== null && top[block.after]) {
        // After the anchor block and after earlier dropped blocks already placed there.
        let anchor = top[block.after];
        while (anchor.nextElementSibling?.classList.contains('cs-dropped')) anchor = anchor.nextElementSibling;
        anchor.after(node);
      } else content.append(node);
      shown.push(node);
    });
    button.setAttribute('aria-expanded', 'true');
    button.textContent = blocks.length === 1 ? 'Hide it' : 'Hide them';
    shown[0]?.scrollIntoView?.({ block: 'nearest' });
  });
  return blocks;
}
