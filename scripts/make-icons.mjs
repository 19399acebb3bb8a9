// Draws the Procsheet icons (assets/icon-<size>.png) with Node built-ins only: shapes are distance
// functions sampled 8×8 per pixel, and the PNG is written by hand (zlib deflate + CRC-32).
// The output is deterministic, so re-running it leaves git clean unless the drawing changed.
// Usage: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { Buffer } from "node:buffer";
import process from "node:process";

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const BACKGROUND = [0x0e, 0x6e, 0x5f]; // deep teal; white on it has a contrast ratio above 6:1
const GLYPH = [0xff, 0xff, 0xff];
const SAMPLES = 8;

/** Signed distance from (x, y) to a rounded rectangle centred at (cx, cy). */
function roundedRect(x, y, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(x - cx) - halfW + radius;
  const qy = Math.abs(y - cy) - halfH + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Signed distance from (x, y) to a segment (ax, ay)–(bx, by) with round caps of half-width r. */
function capsule(x, y, ax, ay, bx, by, r) {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = Math.min(1, Math.max(0, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
}

/**
 * The glyph: three steps (nodes on a connector) each with a row beside it — a process register.
 * Centres and stroke widths snap to the pixel grid, so the 16 px icon stays crisp.
 */
function glyphShapes(size) {
  const halfStroke = (unit, minPx) => Math.max(minPx, Math.round(unit * size * 2) / 2) / size;
  const snap = (v, half) => {
    const odd = Math.round(half * size * 2) % 2 === 1;
    return (odd ? Math.floor(v * size) + 0.5 : Math.round(v * size)) / size;
  };
  const bar = halfStroke(0.05, 1);
  const line = halfStroke(0.0125, 0.5);
  const rows = [0.27, 0.5, 0.73].map((row) => snap(row, bar));
  const nodeX = snap(0.3, line);
  const node = Math.max(0.085, 1.4 / size);
  const [barStart, barEnd] = [0.47, 0.76].map((v) => Math.round(v * size) / size);
  return (x, y) => {
    let d = capsule(x, y, nodeX, rows[0], nodeX, rows[2], line);
    for (const row of rows) {
      d = Math.min(d, Math.hypot(x - nodeX, y - row) - node, capsule(x, y, barStart, row, barEnd, row, bar));
    }
    return d;
  };
}

function drawIcon(size) {
  const glyph = glyphShapes(size);
  const inset = 0.5 - Math.round(0.03 * size) / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let back = 0;
      let front = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (roundedRect(x, y, 0.5, 0.5, inset, inset, 0.18) <= 0) {
            back++;
            if (glyph(x, y) <= 0) front++;
          }
        }
      }
      const i = (py * size + px) * 4;
      const mix = back === 0 ? 0 : front / back;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = Math.round(BACKGROUND[c] * (1 - mix) + GLYPH[c] * mix);
      }
      rgba[i + 3] = Math.round((255 * back) / (SAMPLES * SAMPLES));
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, filter 0 on every scanline. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, drawIcon(size));
  process.stdout.write(`wrote ${file}\n`);
}
