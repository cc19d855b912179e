/**
 * Draws the toolbar icon (a lens over a quotation mark) into PNGs at every size the manifests
 * name. Run once when the design changes: `npx tsx scripts/make-icons.ts`; the PNGs are
 * committed so builds need no image tooling.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zlibSync } from 'fflate';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;

type Rgba = [number, number, number, number];
const PURPLE: Rgba = [91, 60, 196, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/** The colour at a point of the unit square, or null where the icon is transparent. */
function shade(x: number, y: number): Rgba | null {
  const r = 0.2; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Lens ring centred at (0.44, 0.42).
  const d = Math.hypot(x - 0.44, y - 0.42);
  if (d > 0.2 && d < 0.28) return WHITE;
  // Handle: a thick segment from the ring towards the lower right.
  const t = (x - 0.62) * 0.707 + (y - 0.6) * 0.707;
  const off = Math.abs((x - 0.62) * -0.707 + (y - 0.6) * 0.707);
  if (t > 0 && t < 0.24 && off < 0.055) return WHITE;
  // Two quote dots with tails inside the lens.
  for (const qx of [0.37, 0.51]) {
    if (Math.hypot(x - qx, y - 0.4) < 0.045) return WHITE;
    if (x > qx - 0.01 && x < qx + 0.035 && y > 0.4 && y < 0.48 - (x - qx) * 0.8) return WHITE;
  }
  return PURPLE;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function png(size: number): Uint8Array {
  const raw = new Uint8Array(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = shade((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i]! += c[i]! * c[3];
          acc[3]! += c[3];
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const a = acc[3]!;
      for (let i = 0; i < 3; i++) raw[o + i] = a ? Math.round(acc[i]! / a) : 0;
      raw[o + 3] = Math.round(a / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, size);
  hv.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

for (const size of SIZES) {
  writeFileSync(resolve(import.meta.dirname, '..', 'src', 'icons', `icon-${size}.png`), png(size));
}
console.log(`icons written: ${SIZES.join(', ')} px`);
