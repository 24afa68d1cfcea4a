#!/usr/bin/env node
// Draws the toolbar icons (a page with text lines and a check mark) as PNGs into
// build/extension/icons. Called by build-extension.mjs; no image tools needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
export function encodePng(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(u, v) {
  const inRect = (x0, y0, x1, y1) => u >= x0 && u < x1 && v >= y0 && v < y1;
  if (!inRect(0.14, 0.06, 0.86, 0.94)) return [0, 0, 0, 0];
  if (!inRect(0.2, 0.12, 0.8, 0.88)) return [29, 78, 137, 255];  // page border
  for (const y of [0.22, 0.36, 0.5]) if (inRect(0.28, y, 0.72, y + 0.06)) return [29, 78, 137, 255];
  // check mark: two strokes
  const d1 = Math.abs((v - 0.72) - (u - 0.36));
  const d2 = Math.abs((v - 0.78) + (u - 0.44) * 1.0);
  if ((u > 0.3 && u < 0.44 && d1 < 0.05) || (u >= 0.42 && u < 0.72 && d2 < 0.05)) return [22, 140, 74, 255];
  return [255, 255, 255, 255];
}

export function writeIcons(dir) {
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, icon));
}

if (import.meta.url === `file://${process.argv[1]}`) writeIcons(process.argv[2] ?? 'build/extension/icons');
