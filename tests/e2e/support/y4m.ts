import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/**
 * A Y4M video (what Chromium's fake camera plays, in a loop) of a printed page
 * lying on a darker desk: a text header, then per frame "FRAME\n" and the Y,
 * U and V planes (4:2:0, BT.601 studio range as Chromium reads them).
 */
export function writePageVideo(
  path: string,
  pagePng: Buffer,
  { width = 1280, height = 960, frames = 2, desk = 60, pageShare = 0.8 } = {},
): { left: number; top: number; right: number; bottom: number } {
  const page = PNG.sync.read(pagePng);
  const scale = Math.min((width * pageShare) / page.width, (height * pageShare) / page.height);
  const pw = Math.round(page.width * scale);
  const ph = Math.round(page.height * scale);
  const left = Math.round((width - pw) / 2);
  const top = Math.round((height - ph) / 2);
  const rgbAt = (x: number, y: number): [number, number, number] => {
    if (x < left || y < top || x >= left + pw || y >= top + ph) return [desk, desk - 8, desk - 16];
    const sx = Math.min(page.width - 1, Math.floor((x - left) / scale));
    const sy = Math.min(page.height - 1, Math.floor((y - top) / scale));
    const i = (sy * page.width + sx) * 4;
    const alpha = (page.data[i + 3] ?? 255) / 255;
    const mix = (v: number) => Math.round(v * alpha + 255 * (1 - alpha));
    return [mix(page.data[i] ?? 0), mix(page.data[i + 1] ?? 0), mix(page.data[i + 2] ?? 0)];
  };
  const yPlane = Buffer.alloc(width * height);
  const uPlane = Buffer.alloc((width / 2) * (height / 2));
  const vPlane = Buffer.alloc((width / 2) * (height / 2));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = rgbAt(x, y);
      yPlane[y * width + x] = Math.round(16 + 0.257 * r + 0.504 * g + 0.098 * b);
      if (x % 2 === 0 && y % 2 === 0) {
        const j = (y / 2) * (width / 2) + x / 2;
        uPlane[j] = Math.round(128 - 0.148 * r - 0.291 * g + 0.439 * b);
        vPlane[j] = Math.round(128 + 0.439 * r - 0.368 * g - 0.071 * b);
      }
    }
  }
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), yPlane, uPlane, vPlane]);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
  return {
    left: left / width,
    top: top / height,
    right: (left + pw) / width,
    bottom: (top + ph) / height,
  };
}
