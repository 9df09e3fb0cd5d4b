#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png): three rising bars reaching for a
 * gold target line on Office blue. Rendered with 8×8 supersampling so small sizes stay crisp, and
 * encoded as PNG with zlib alone, so the icons are reproducible without an image tool.
 * Run: node scripts/make-icons.mjs
 */
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

export const ICON_SIZES = [16, 32, 64, 80, 128];

const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const GOLD = [255, 185, 0];

const BARS = [
  { x0: 0.2, x1: 0.35, top: 0.62 },
  { x0: 0.425, x1: 0.575, top: 0.48 },
  { x0: 0.65, x1: 0.8, top: 0.34 },
];
const BAR_BOTTOM = 0.8;

function inRoundedSquare(x, y) {
  const r = 0.2;
  const lo = 0.02;
  const hi = 0.98;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + r), hi - r);
  const cy = Math.min(Math.max(y, lo + r), hi - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour of the glyph at a point of the unit square, or null where it is transparent. */
function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  if (y >= 0.19 && y <= 0.25 && x >= 0.16 && x <= 0.84) return GOLD;
  for (const b of BARS) if (x >= b.x0 && x <= b.x1 && y >= b.top && y <= BAR_BOTTOM) return WHITE;
  return BLUE;
}

function render(size) {
  const ss = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / (ss * ss));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync("assets", { recursive: true });
  for (const size of ICON_SIZES) {
    const file = `assets/icon-${size}.png`;
    writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${file}`);
  }
}
