// Photographs a clean page, in the page of a headless Chromium: the page is
// warped onto a desk (tilt, keystone, scale), tinted, its ink faded, lit
// unevenly, shadowed by a hand, blurred, given seeded sensor noise, turned and
// saved as a JPEG. Every random number comes from a seeded generator, so the
// corpus is the same on every run on the same Chromium.

export interface Shot {
  /** Output size in pixels (before the quarter turn). */
  width: number;
  height: number;
  /** The page's width as a fraction of the output width. */
  pageScale: number;
  /** Degrees, clockwise. */
  tilt: number;
  /** 0–0.3: how much narrower the far (top) edge is: photographed from an angle. */
  keystone: number;
  paper: [number, number, number];
  ink: [number, number, number];
  desk: [number, number, number];
  /** Light across the page: brightness at the bright corner and at the far one (0–1). */
  light: [number, number];
  /** A hand's or phone's soft shadow: strength 0–1 (0 for none). */
  hand: number;
  blur: number;
  noise: number;
  turn: 0 | 90 | 180 | 270;
  /** JPEG quality 0–1, or 0 for PNG. */
  jpeg: number;
  seed: number;
}

export const PLAIN: Shot = {
  width: 1200,
  height: 1600,
  pageScale: 0.86,
  tilt: 0,
  keystone: 0,
  paper: [250, 250, 248],
  ink: [20, 20, 20],
  desk: [109, 90, 72],
  light: [1, 0.95],
  hand: 0,
  blur: 0.6,
  noise: 6,
  turn: 0,
  jpeg: 0.85,
  seed: 1,
};

/** Runs in the page (passed to page.evaluate): returns a data: URL. */
export async function photographInPage({ source, shot }: { source: string; shot: Shot }) {
  const image = new Image();
  image.src = source;
  await image.decode();
  const sw = image.naturalWidth;
  const sh = image.naturalHeight;
  const sc = document.createElement('canvas');
  sc.width = sw;
  sc.height = sh;
  const sctx = sc.getContext('2d') as CanvasRenderingContext2D;
  sctx.drawImage(image, 0, 0);
  const src = sctx.getImageData(0, 0, sw, sh).data;

  let seed = shot.seed * 7919 + 17;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const { width: W, height: H } = shot;
  // The page's corners on the output: centred, scaled, tilted, its top edge narrowed.
  const pw = W * shot.pageScale;
  const ph = (pw * sh) / sw;
  const k = shot.keystone;
  const local: [number, number][] = [
    [(-pw / 2) * (1 - k), -ph / 2],
    [(pw / 2) * (1 - k), -ph / 2],
    [pw / 2, ph / 2],
    [-pw / 2, ph / 2],
  ];
  const a = (shot.tilt * Math.PI) / 180;
  const corners = local.map(([x, y]) => [
    W / 2 + x * Math.cos(a) - y * Math.sin(a),
    H / 2 + x * Math.sin(a) + y * Math.cos(a) + (k ? ph * k * 0.15 : 0),
  ]);
  // Homography from the output quad back to the source rectangle (square to quad, inverted).
  const squareToQuad = (q: number[][]) => {
    const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q as [number, number][];
    const dx1 = x1 - x2,
      dx2 = x3 - x2,
      dx3 = x0 - x1 + x2 - x3;
    const dy1 = y1 - y2,
      dy2 = y3 - y2,
      dy3 = y0 - y1 + y2 - y3;
    const den = dx1 * dy2 - dx2 * dy1;
    const g = (dx3 * dy2 - dx2 * dy3) / den;
    const h = (dx1 * dy3 - dx3 * dy1) / den;
    return [
      x1 - x0 + g * x1,
      x3 - x0 + h * x3,
      x0,
      y1 - y0 + g * y1,
      y3 - y0 + h * y3,
      y0,
      g,
      h,
      1,
    ];
  };
  const m = squareToQuad(corners) as number[];
  const [A, B, C, D, E, F, G, Hh, I] = m as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Adjugate: maps output (x, y) to the unit square.
  const inv = [
    E * I - F * Hh,
    C * Hh - B * I,
    B * F - C * E,
    F * G - D * I,
    A * I - C * G,
    C * D - A * F,
    D * Hh - E * G,
    B * G - A * Hh,
    A * E - B * D,
  ] as [number, number, number, number, number, number, number, number, number];

  const out = new ImageData(W, H);
  const o = out.data;
  const [pr, pg, pb] = shot.paper;
  const [ir, ig, ib] = shot.ink;
  const [dr, dg, db] = shot.desk;
  const diag = Math.hypot(W, H);
  for (let y = 0; y < H; y += 1) {
    for (let x = 0; x < W; x += 1) {
      const w = inv[6] * x + inv[7] * y + inv[8];
      const u = (inv[0] * x + inv[1] * y + inv[2]) / w;
      const v = (inv[3] * x + inv[4] * y + inv[5]) / w;
      let r = dr,
        gg = dg,
        b = db;
      if (u >= 0 && u < 1 && v >= 0 && v < 1) {
        // Bilinear sample of the clean page's grey: how much ink covers this point.
        const fx = u * (sw - 1),
          fy = v * (sh - 1);
        const x0 = Math.floor(fx),
          y0 = Math.floor(fy);
        const x1 = Math.min(sw - 1, x0 + 1),
          y1 = Math.min(sh - 1, y0 + 1);
        const tx = fx - x0,
          ty = fy - y0;
        const at = (xx: number, yy: number) => src[(yy * sw + xx) * 4 + 1] as number;
        const grey =
          (at(x0, y0) * (1 - tx) + at(x1, y0) * tx) * (1 - ty) +
          (at(x0, y1) * (1 - tx) + at(x1, y1) * tx) * ty;
        const c = 1 - grey / 255;
        r = pr * (1 - c) + ir * c;
        gg = pg * (1 - c) + ig * c;
        b = pb * (1 - c) + ib * c;
      }
      // Light falls from the top left corner to the bottom right one.
      const t = (x * W + y * H) / (diag * diag);
      let light = shot.light[0] + (shot.light[1] - shot.light[0]) * t;
      if (shot.hand) {
        const hx = x - W * 0.12,
          hy = y - H * 0.68;
        const d = Math.hypot(hx, hy) / (diag * 0.3);
        light *= 1 - shot.hand * Math.max(0, 1 - d * d);
      }
      const i = (y * W + x) * 4;
      o[i] = r * light;
      o[i + 1] = gg * light;
      o[i + 2] = b * light;
      o[i + 3] = 255;
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.putImageData(out, 0, 0);
  if (shot.blur > 0) {
    const copy = document.createElement('canvas');
    copy.width = W;
    copy.height = H;
    const cctx = copy.getContext('2d') as CanvasRenderingContext2D;
    cctx.filter = `blur(${shot.blur}px)`;
    cctx.drawImage(canvas, 0, 0);
    ctx.drawImage(copy, 0, 0);
  }
  if (shot.noise > 0) {
    const pixels = ctx.getImageData(0, 0, W, H);
    const p = pixels.data;
    for (let i = 0; i < p.length; i += 4) {
      const n = (random() + random() + random() - 1.5) * shot.noise * 2;
      p[i] = (p[i] as number) + n;
      p[i + 1] = (p[i + 1] as number) + n + (random() - 0.5) * shot.noise;
      p[i + 2] = (p[i + 2] as number) + n;
    }
    ctx.putImageData(pixels, 0, 0);
  }
  let final = canvas;
  if (shot.turn) {
    final = document.createElement('canvas');
    const quarter = shot.turn === 90 || shot.turn === 270;
    final.width = quarter ? H : W;
    final.height = quarter ? W : H;
    const fctx = final.getContext('2d') as CanvasRenderingContext2D;
    fctx.translate(final.width / 2, final.height / 2);
    fctx.rotate((shot.turn * Math.PI) / 180);
    fctx.drawImage(canvas, -W / 2, -H / 2);
  }
  return shot.jpeg ? final.toDataURL('image/jpeg', shot.jpeg) : final.toDataURL('image/png');
}
