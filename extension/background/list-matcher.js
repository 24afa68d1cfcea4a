// One matcher over every list the reader has (own allow list, own block list, subscriptions),
// built from the stored texts on first use after the worker starts and rebuilt when a list
// changes. Allow beats block across all lists (site-lists.js), so an allow-listed host never warns.
import { buildMatcher, parseList } from './site-lists.js';
import { OWN_ALLOW, OWN_BLOCK, SUBSCRIPTION_PREFIX } from './list-store.js';

export function listTitle(record) {
  if (!record) return 'a list';
  if (record.id === OWN_BLOCK) return 'your block list';
  if (record.id === OWN_ALLOW) return 'your allow list';
  return record.title || record.url || 'a subscription';
}

export function createListMatcher({ lists }) {
  let built = null;  // Promise<{ matcher, records: Map, buildMs }>
  let generation = 0;

  lists.onChange(() => {
    generation++;
    built = null;
  });

  async function build() {
    const started = performance.now();
    const mine = generation;
    const records = await lists.all();
    const byId = new Map();
    const input = [];
    for (const record of records) {
      if (record.enabled === false || typeof record.text !== 'string') continue;
      const kind = record.id === OWN_ALLOW ? 'allow' : 'block';
      if (record.id !== OWN_ALLOW && record.id !== OWN_BLOCK && !record.id.startsWith(SUBSCRIPTION_PREFIX)) continue;
      const { rules } = parseList(record.text, { format: record.format ?? 'auto' });
      byId.set(record.id, { id: record.id, title: listTitle(record), kind });
      input.push({ id: record.id, kind, rules });
    }
    const matcher = buildMatcher(input);
    const result = { matcher, records: byId, buildMs: performance.now() - started, size: matcher.size };
    if (mine !== generation) return build();  // a list changed while we were reading
    return result;
  }

  async function current() {
    if (!built) {
      built = build().catch((err) => {
        built = null;
        throw err;
      });
    }
    return built;
  }

  /**
   * @returns {Promise<null | { kind: 'block'|'allow', listId, listTitle, line, rule }>}
   *   null when no list mentions the URL.
   */
  async function match(url) {
    const { matcher, records } = await current();
    const hit = matcher.match(url);
    if (!hit) return null;
    return {
      kind: hit.kind,
      listId: hit.listId,
      listTitle: records.get(hit.listId)?.title ?? 'a list',
      line: hit.line,
      rule: hit.rule.text,
    };
  }

  return { match, current, invalidate() { generation++; built = null; } };
}
