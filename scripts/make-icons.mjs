// Draws public/icon-32.png, public/icon-192.png and public/icon-512.png: the shapes of
// public/icon.svg (a 64-unit grid of rectangles), rasterised with 4×4 supersampling. No image tools needed; run it after
// changing the icon: `node scripts/make-icons.mjs`. The PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BLUE = [0x00, 0x62, 0xba];
const WHITE = [0xff, 0xff, 0xff];
const YELLOW = [0xff, 0xda, 0x06];
// [x, y, width, height, corner radius, colour], painted in order, as in icon.svg.
const SHAPES = [
  [0, 0, 64, 64, 12, BLUE],
  [15, 12, 34, 40, 3, WHITE],
  [20, 22, 24, 3, 0, BLUE],
  [20, 29, 24, 3, 0, BLUE],
  [20, 36, 24, 3, 0, BLUE],
  [20, 43, 14, 3, 0, BLUE],
  [38, 8, 7, 12, 0, YELLOW],
];

function inside([x, y, w, h, r], px, py) {
  if (px < x || py < y || px >= x + w || py >= y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const px = ((x + (sx + 0.5) / n) * 64) / size;
          const py = ((y + (sy + 0.5) / n) * 64) / size;
          let colour = null;
          for (const shape of SHAPES) if (inside(shape, px, py)) colour = shape[5];
          if (colour) {
            sum[0] += colour[0];
            sum[1] += colour[1];
            sum[2] += colour[2];
            sum[3] += 255;
          }
        }
      }
      const covered = sum[3] / 255;
      const at = (y * size + x) * 4;
      for (let c = 0; c < 3; c += 1) rgba[at + c] = covered ? Math.round(sum[c] / covered) : 0;
      rgba[at + 3] = Math.round(sum[3] / (n * n));
    }
  }
  return rgba;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const rgba = render(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [32, 192, 512]) {
  const file = fileURLToPath(new URL(`../public/icon-${size}.png`, import.meta.url));
  writeFileSync(file, png(size));
  console.log(`wrote ${file}`);
}
