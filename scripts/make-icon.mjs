// Draws images/icon.png (128×128): a red rounded square with a white report page,
// its corner folded, and red lines of text. No image library: pixels are computed,
// supersampled 4×4 for smooth edges, and written as a PNG with zlib.
import { writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const RED = [200, 16, 46];
const FOLD = [236, 200, 205];
const WHITE = [255, 255, 255];

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// The page: 40..88 wide, 24..104 high, its top-right corner cut at 45°.
const PAGE = { left: 38, top: 22, right: 90, bottom: 106, fold: 18 };
const TEXT_LINES = [44, 56, 68, 80, 92];

/** Colour of one sample point, or null outside the icon (transparent). */
function sample(x, y) {
  if (!insideRoundedRect(x, y, 4, 4, 124, 124, 22)) return null;
  const p = PAGE;
  const onPage = x >= p.left && x <= p.right && y >= p.top && y <= p.bottom && x - p.left + (p.bottom - y) >= 0;
  if (!onPage) return RED;
  const beyondFold = x - (p.right - p.fold) > y - p.top;
  if (beyondFold) return RED;
  const inFold = x >= p.right - p.fold && y <= p.top + p.fold;
  if (inFold) return FOLD;
  for (const [i, lineY] of TEXT_LINES.entries()) {
    const right = i === TEXT_LINES.length - 1 ? 70 : p.right - 10;
    const left = p.left + 10;
    if (y >= lineY - 2.5 && y <= lineY + 2.5 && x >= left && x <= right && (i > 0 || x <= p.right - p.fold - 4)) return RED;
  }
  return WHITE;
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  const row = py * (SIZE * 4 + 1);
  pixels[row] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        covered++;
      }
    }
    const o = row + 1 + px * 4;
    if (covered > 0) {
      pixels[o] = Math.round(r / covered);
      pixels[o + 1] = Math.round(g / covered);
      pixels[o + 2] = Math.round(b / covered);
    }
    pixels[o + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
