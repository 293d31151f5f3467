#!/usr/bin/env node
// Draws the add-in's icons (a page with a folded corner and a check mark, in the Italian
// institutional blue #0066CC) and writes them as PNG files into assets/.
//
// Only Node's zlib is used, so the icons can be rebuilt anywhere the project builds:
//   node scripts/make-icons.mjs            writes assets/icon-{16,32,64,80,128}.png
//   node scripts/make-icons.mjs --check    exits 1 when a committed icon differs from what it draws
import { deflateSync } from "node:zlib";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../assets");

const BLUE = [0x00, 0x66, 0xcc];
const LIGHT_BLUE = [0xb3, 0xd1, 0xf0];
const WHITE = [0xff, 0xff, 0xff];

// Geometry in a unit square, y pointing down.
const PAGE = [
  [0.2, 0.06],
  [0.62, 0.06],
  [0.82, 0.26],
  [0.82, 0.94],
  [0.2, 0.94],
];
const FOLD = [
  [0.62, 0.06],
  [0.62, 0.26],
  [0.82, 0.26],
];
const CHECK = [
  [0.33, 0.57],
  [0.46, 0.71],
  [0.7, 0.41],
];

function insidePolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function distanceToPath(x, y, points, closed) {
  let best = Infinity;
  const n = closed ? points.length : points.length - 1;
  for (let i = 0; i < n; i++) {
    best = Math.min(best, distanceToSegment(x, y, points[i], points[(i + 1) % points.length]));
  }
  return best;
}

/** The colour at one point of the unit square, or null where the icon is transparent. */
function colourAt(x, y, size) {
  // Strokes never get thinner than about one pixel, or the 16 px icon loses its outline.
  const outline = Math.max(0.055, 1.1 / size);
  const check = Math.max(0.1, 2 / size);
  if (distanceToPath(x, y, CHECK, false) <= check / 2) return BLUE;
  if (distanceToPath(x, y, PAGE, true) <= outline / 2) return BLUE;
  if (distanceToPath(x, y, FOLD, true) <= outline / 2) return BLUE;
  if (insidePolygon(x, y, FOLD)) return LIGHT_BLUE;
  if (insidePolygon(x, y, PAGE)) return WHITE;
  return null;
}

/** RGBA pixels, each the average of an 8×8 grid of samples (anti-aliasing). */
export function drawIcon(size) {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            size,
          );
          if (colour === null) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        pixels[o] = Math.round(r / covered);
        pixels[o + 1] = Math.round(g / covered);
        pixels[o + 2] = Math.round(b / covered);
        pixels[o + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file: 8-bit RGBA, no interlace, filter type 0 on every row. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const check = process.argv.includes("--check");
  mkdirSync(ASSETS, { recursive: true });
  let stale = 0;
  for (const size of SIZES) {
    const file = path.join(ASSETS, `icon-${size}.png`);
    const png = encodePng(size, drawIcon(size));
    if (check) {
      let current = null;
      try {
        current = readFileSync(file);
      } catch {
        // a missing icon is reported as stale below
      }
      if (current === null || !current.equals(png)) {
        console.error(`stale: ${path.relative(process.cwd(), file)}`);
        stale += 1;
      }
    } else {
      writeFileSync(file, png);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${png.length} bytes)`);
    }
  }
  if (stale > 0) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
