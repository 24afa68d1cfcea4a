// Article DOM (the core's sanitized HTML as rendered in the view) -> Markdown (CommonMark with
// GitHub tables). Iterative enough for real articles; nesting depth is bounded by the sanitized
// content, which the core writes from its own tree.

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'TABLE', 'FIGURE', 'FIGCAPTION', 'HR', 'DL', 'DT', 'DD', 'DETAILS', 'SUMMARY']);

/** Escapes characters Markdown would read as syntax in running text. */
export function escapeText(text) {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#+-])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*\d+)([.)])(\s)/gm, '$1\\$2$3');
}

function collapse(text) {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

// Characters that would end or break a Markdown link target (encodeURIComponent keeps parens).
const TARGET_ESCAPES = { '(': '%28', ')': '%29', ' ': '%20', '\t': '%09', '\n': '%0A', '<': '%3C', '>': '%3E' };
function linkTarget(url) {
  return url.replace(/[()\s<>]/g, (c) => TARGET_ESCAPES[c] ?? encodeURIComponent(c));
}

function inline(node) {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      out += escapeText(collapse(child.data));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = child.tagName;
    if (BLOCKS.has(tag)) {
      out += ` ${inline(child).trim()} `;
      continue;
    }
    const inner = () => inline(child);
    switch (tag) {
      case 'BR': out += '  \n'; break;
      case 'EM': case 'I': case 'CITE': { const t = inner().trim(); out += t ? `*${t}*` : ''; break; }
      case 'STRONG': case 'B': { const t = inner().trim(); out += t ? `**${t}**` : ''; break; }
      case 'DEL': case 'S': { const t = inner().trim(); out += t ? `~~${t}~~` : ''; break; }
      case 'CODE': case 'KBD': case 'SAMP': {
        const t = child.textContent;
        const fence = t.includes('`') ? '``' : '`';
        out += t ? `${fence}${fence.length > 1 ? ' ' : ''}${t}${fence.length > 1 ? ' ' : ''}${fence}` : '';
        break;
      }
      case 'A': {
        const t = inner().trim();
        const href = child.getAttribute('href');
        out += href && t ? `[${t}](${linkTarget(href)})` : t;
        break;
      }
      case 'IMG': {
        const src = child.getAttribute('src');
        if (src) out += `![${escapeText(collapse(child.getAttribute('alt') ?? '')).trim()}](${linkTarget(src)})`;
        break;
      }
      case 'SCRIPT': case 'STYLE': case 'TEMPLATE': case 'BUTTON': break;
      default: out += inner();
    }
  }
  return out;
}

// Prefixes the first line with `first`, the others with `rest`; blank lines get `blank` (a
// blockquote's blank lines must keep their '>' or the quote would end there).
function prefixLines(text, first, rest = ' '.repeat(first.length), blank = '') {
  return text.split('\n').map((line, i) => (i === 0 ? first : line ? rest : blank) + line).join('\n');
}

function table(node) {
  const rows = Array.from(node.querySelectorAll('tr')).filter((tr) => tr.closest('table') === node);
  if (!rows.length) return '';
  const cells = rows.map((tr) => Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
    .map((c) => inline(c).trim().replace(/\n+/g, ' ') || ' '));
  const width = Math.max(...cells.map((r) => r.length));
  const pad = (r) => [...r, ...Array(width - r.length).fill(' ')];
  const line = (r) => `| ${pad(r).join(' | ')} |`;
  const out = [line(cells[0]), `|${' --- |'.repeat(width)}`, ...cells.slice(1).map(line)];
  const caption = node.querySelector('caption');
  if (caption) out.unshift(`*${inline(caption).trim()}*`, '');
  return out.join('\n');
}

function list(node, ordered) {
  const items = Array.from(node.children).filter((c) => c.tagName === 'LI');
  let n = Number.parseInt(node.getAttribute('start') ?? '1', 10) || 1;
  return items.map((li) => {
    const marker = ordered ? `${n++}. ` : '- ';
    return prefixLines(blocks(li).trim() || inline(li).trim(), marker);
  }).join('\n');
}

function block(node) {
  if (node.nodeType === 3) {
    const t = collapse(node.data).trim();
    return t ? escapeText(t) : '';
  }
  if (node.nodeType !== 1) return '';
  const tag = node.tagName;
  if (node.classList?.contains('cs-dropped')) return '';
  switch (tag) {
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6':
      return `${'#'.repeat(Number(tag[1]))} ${inline(node).trim()}`;
    case 'P': return inline(node).trim();
    case 'HR': return '---';
    case 'UL': return list(node, false);
    case 'OL': return list(node, true);
    case 'BLOCKQUOTE': return prefixLines(blocks(node).trim(), '> ', '> ', '>');
    case 'PRE': {
      const code = node.textContent.replace(/\n$/, '');
      const fence = code.includes('```') ? '~~~' : '```';
      const lang = /\blanguage-([\w+-]+)/.exec(node.querySelector('code')?.className ?? node.className ?? '')?.[1] ?? '';
      return `${fence}${lang}\n${code}\n${fence}`;
    }
    case 'TABLE': return table(node);
    case 'FIGCAPTION': return `*${inline(node).trim()}*`;
    case 'IMG': return inline({ childNodes: [node] });
    case 'SCRIPT': case 'STYLE': case 'TEMPLATE': case 'BUTTON': return '';
    default: {
      // Containers hold blocks; a container of inline content is a paragraph.
      const hasBlock = Array.from(node.children).some((c) => BLOCKS.has(c.tagName) || c.tagName === 'IMG');
      return hasBlock ? blocks(node) : inline(node).trim();
    }
  }
}

function blocks(node) {
  const parts = [];
  let run = null;  // inline siblings between blocks form one paragraph
  const flush = () => {
    if (run) {
      const t = inline(run).trim();
      if (t) parts.push(t);
      run = null;
    }
  };
  for (const child of Array.from(node.childNodes)) {
    const isBlock = child.nodeType === 1 && (BLOCKS.has(child.tagName) || (child.tagName === 'IMG' && !run));
    if (isBlock) {
      flush();
      const md = block(child);
      if (md) parts.push(md);
    } else {
      run ??= node.ownerDocument.createElement('span');
      run.append(child.cloneNode(true));
    }
  }
  flush();
  return parts.join('\n\n');
}

/**
 * Markdown for an article: a title line, a meta line (byline, site, date), the source URL, then
 * the content element's blocks.
 */
export function articleToMarkdown({ title, byline, siteName, date, url } = {}, content) {
  const head = [];
  if (title) head.push(`# ${escapeText(collapse(title)).trim()}`);
  const meta = [byline, siteName, date].filter(Boolean).map((t) => escapeText(collapse(t)).trim());
  if (meta.length) head.push(meta.join(' · '));
  if (url) head.push(`Source: <${url}>`);
  const body = content ? blocks(content) : '';
  return `${[...head, body].filter(Boolean).join('\n\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
