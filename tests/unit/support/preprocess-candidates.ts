/**
 * Pre-processing candidates that were MEASURED on the phone-photo sample and
 * NOT kept, because each one made the character error rate worse
 * (tests/unit/ocr-real-preprocess.test.ts re-measures them on every run;
 * figures in docs/read-aloud-ocr.md). They live with the tests, not in the app.
 */
import type { GreyPixels } from '../../../src/engines/image/preprocess';

/**
 * Evens out uneven light (a shadow across a photographed page): each pixel is
 * divided by the local paper brightness, estimated as the brightest value in
 * its neighbourhood (a coarse grid of maxima, smoothed and interpolated);
 * what is far darker than the page (the desk round it) becomes white.
 */
export function normaliseLighting(grey: GreyPixels, cell = 32): GreyPixels {
  const { width, height, data } = grey;
  const gw = Math.max(1, Math.ceil(width / cell));
  const gh = Math.max(1, Math.ceil(height / cell));
  const grid = new Float32Array(gw * gh);
  for (let y = 0; y < height; y += 1) {
    const gy = Math.floor(y / cell);
    for (let x = 0; x < width; x += 1) {
      const g = gy * gw + Math.floor(x / cell);
      const v = data[y * width + x] ?? 0;
      if (v > (grid[g] ?? 0)) grid[g] = v;
    }
  }
  // Smooth the grid (3×3 mean, twice) so one dark cell full of ink does not dent the paper.
  let smooth = grid;
  for (let pass = 0; pass < 2; pass += 1) {
    const next = new Float32Array(gw * gh);
    for (let gy = 0; gy < gh; gy += 1) {
      for (let gx = 0; gx < gw; gx += 1) {
        let sum = 0;
        let n = 0;
        for (let dy = -1; dy <= 1; dy += 1) {
          for (let dx = -1; dx <= 1; dx += 1) {
            const x = gx + dx;
            const y = gy + dy;
            if (x < 0 || y < 0 || x >= gw || y >= gh) continue;
            sum += smooth[y * gw + x] ?? 0;
            n += 1;
          }
        }
        next[gy * gw + gx] = sum / n;
      }
    }
    smooth = next;
  }
  let brightest = 0;
  for (const v of smooth) if (v > brightest) brightest = v;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const fy = Math.min(gh - 1, Math.max(0, (y + 0.5) / cell - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(gh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x += 1) {
      const fx = Math.min(gw - 1, Math.max(0, (x + 0.5) / cell - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(gw - 1, x0 + 1);
      const tx = fx - x0;
      const top = (smooth[y0 * gw + x0] ?? 0) * (1 - tx) + (smooth[y0 * gw + x1] ?? 0) * tx;
      const bottom = (smooth[y1 * gw + x0] ?? 0) * (1 - tx) + (smooth[y1 * gw + x1] ?? 0) * tx;
      const paper = top * (1 - ty) + bottom * ty;
      // Far darker than the page at its brightest: not paper (the desk around a photographed
      // page), so it becomes white rather than amplified noise that OCR reads as letters.
      if (paper < brightest * 0.6) {
        out[y * width + x] = 255;
        continue;
      }
      const v = ((data[y * width + x] ?? 0) / paper) * 255;
      out[y * width + x] = Math.min(255, v);
    }
  }
  return { width, height, data: out };
}

/** Otsu's threshold: the grey level that best separates ink from paper. */
export function otsuThreshold({ data }: GreyPixels): number {
  const histogram = new Array<number>(256).fill(0);
  for (const v of data) histogram[v] = (histogram[v] ?? 0) + 1;
  const total = data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i += 1) sumAll += i * (histogram[i] ?? 0);
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let threshold = 127;
  for (let t = 0; t < 256; t += 1) {
    countBelow += histogram[t] ?? 0;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += t * (histogram[t] ?? 0);
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const between = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

export function binarise(grey: GreyPixels, threshold = otsuThreshold(grey)): GreyPixels {
  const out = new Uint8Array(grey.data.length);
  for (let i = 0; i < out.length; i += 1) out[i] = (grey.data[i] ?? 0) > threshold ? 255 : 0;
  return { width: grey.width, height: grey.height, data: out };
}

/** Nearest-neighbour shrink so the long edge is at most `maxEdge` (for quick measurements). */
export function shrinkGrey(grey: GreyPixels, maxEdge: number): GreyPixels {
  const scale = Math.min(1, maxEdge / Math.max(grey.width, grey.height));
  if (scale === 1) return grey;
  const width = Math.max(1, Math.round(grey.width * scale));
  const height = Math.max(1, Math.round(grey.height * scale));
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const sy = Math.min(grey.height - 1, Math.floor(y / scale));
    for (let x = 0; x < width; x += 1) {
      const sx = Math.min(grey.width - 1, Math.floor(x / scale));
      out[y * width + x] = grey.data[sy * grey.width + sx] ?? 0;
    }
  }
  return { width, height, data: out };
}

/**
 * The page's skew in degrees (positive: text runs downhill to the right), by
 * projection profiles: lines of text give the sharpest horizontal profile
 * when the counting direction follows them. Searches ±`range`°.
 */
export function estimateSkew(grey: GreyPixels, range = 8, step = 0.1): number {
  const small = shrinkGrey(grey, 900);
  const threshold = otsuThreshold(normaliseLighting(small, 24));
  const lit = normaliseLighting(small, 24);
  const ink: [number, number][] = [];
  for (let y = 0; y < lit.height; y += 1) {
    for (let x = 0; x < lit.width; x += 1) {
      if ((lit.data[y * lit.width + x] ?? 255) < threshold) ink.push([x, y]);
    }
  }
  // Too little ink (or all ink) to measure: leave the page as it is.
  if (ink.length < 50 || ink.length > lit.width * lit.height * 0.5) return 0;
  const bins = lit.height * 2 + lit.width;
  const profile = new Float64Array(bins);
  let bestAngle = 0;
  let bestScore = -1;
  for (let angle = -range; angle <= range + 1e-9; angle += step) {
    const radians = (angle * Math.PI) / 180;
    const sin = Math.sin(radians);
    const cos = Math.cos(radians);
    profile.fill(0);
    for (const [x, y] of ink) {
      const bin = Math.round(y * cos - x * sin) + lit.width;
      if (bin >= 0 && bin < bins) profile[bin] = (profile[bin] ?? 0) + 1;
    }
    let score = 0;
    for (let i = 1; i < bins; i += 1) score += ((profile[i] ?? 0) - (profile[i - 1] ?? 0)) ** 2;
    if (score > bestScore) {
      bestScore = score;
      bestAngle = angle;
    }
  }
  return Math.round(bestAngle * 10) / 10;
}

/**
 * Rotates by `degrees` (clockwise positive, as CSS) with bilinear sampling,
 * on a canvas grown to hold the whole rotated page, filled with `fill`.
 */
export function rotateGrey(grey: GreyPixels, degrees: number, fill = 255): GreyPixels {
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const width = Math.ceil(Math.abs(grey.width * cos) + Math.abs(grey.height * sin));
  const height = Math.ceil(Math.abs(grey.width * sin) + Math.abs(grey.height * cos));
  const out = new Uint8Array(width * height);
  const cx = grey.width / 2;
  const cy = grey.height / 2;
  const ox = width / 2;
  const oy = height / 2;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      // Inverse mapping: where in the source does this output pixel come from?
      const dx = x + 0.5 - ox;
      const dy = y + 0.5 - oy;
      const sx = dx * cos + dy * sin + cx - 0.5;
      const sy = -dx * sin + dy * cos + cy - 0.5;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= grey.width || y0 + 1 >= grey.height) {
        out[y * width + x] = fill;
        continue;
      }
      const tx = sx - x0;
      const ty = sy - y0;
      const i = y0 * grey.width + x0;
      const top = (grey.data[i] ?? 0) * (1 - tx) + (grey.data[i + 1] ?? 0) * tx;
      const bottom =
        (grey.data[i + grey.width] ?? 0) * (1 - tx) + (grey.data[i + grey.width + 1] ?? 0) * tx;
      out[y * width + x] = Math.round(top * (1 - ty) + bottom * ty);
    }
  }
  return { width, height, data: out };
}
