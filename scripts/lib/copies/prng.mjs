// Small seeded PRNG. Every case gets its own stream keyed by (seed, case key), so adding or
// removing one case (or changing --per-source) never reshuffles the others.

// FNV-1a over UTF-16 code units: tiny, stable across Node versions, good enough for seeding.
export function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// mulberry32: 32-bit state, full period, passes the statistical bar a test-set generator needs.
export function mulberry32(state) {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeRng(seed, key) {
  const next = mulberry32(hashString(`${seed}\u0000${key}`));
  const rng = {
    next,
    // Integer in [min, max], both inclusive.
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick(list) {
      return list[Math.floor(next() * list.length)];
    },
    // entries: [[value, weight], ...]
    weighted(entries) {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    shuffle(list) {
      const out = list.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    sample(list, n) {
      return rng.shuffle(list).slice(0, Math.min(n, list.length));
    },
    hex(len) {
      let s = '';
      while (s.length < len) s += Math.floor(next() * 16).toString(16);
      return s;
    },
  };
  return rng;
}
