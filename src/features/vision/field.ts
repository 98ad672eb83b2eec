import { DEFAULT_VIEWING, type Viewing } from './acuity';

/**
 * Visual field in degrees to CSS pixels on the screen.
 *
 * A point r degrees from where the person is looking lies d · tan(r) from
 * that point on a flat screen at distance d (the screen is assumed square-on
 * to the eye). At 50 cm, 10° is about 8.8 cm, or 333 CSS px.
 */
export function fieldDegreesToPx(degrees: number, viewing: Viewing = DEFAULT_VIEWING): number {
  const radians = (Math.min(Math.abs(degrees), 89) * Math.PI) / 180;
  return viewing.distanceCm * Math.tan(radians) * viewing.pxPerCm;
}

/**
 * Tunnel vision: the radius of the field that remains, in degrees. Severity
 * 0 → 40° (beyond the edges of the scene: no visible loss); 1 → 3°.
 * Interpolated on a log scale so that the middle of the slider (about 11°)
 * sits near the 10° radius used in UK certification of severe sight
 * impairment (Certificate of Vision Impairment, 2017 explanatory notes).
 */
export function tunnelRadiusDegrees(severity: number): number {
  const s = Math.min(1, Math.max(0, severity));
  return 40 * (3 / 40) ** s;
}

/**
 * Central vision loss (a central scotoma, as in macular disease): its radius
 * in degrees. Severity 0 → none; 1 → 12°, a large scotoma that hides whole
 * words and faces. The macula itself is about 2.5–3° in radius.
 */
export function scotomaRadiusDegrees(severity: number): number {
  return 12 * Math.min(1, Math.max(0, severity));
}

/** Width of the soft edge of a field mask, in px: real field edges are gradual, not sharp lines. */
export function maskFeatherPx(radiusPx: number): number {
  return Math.max(8, radiusPx * 0.25);
}

export interface Point {
  x: number;
  y: number;
}

/** The fixation point: the pointer, else the focused element's centre, else the scene's centre. */
export function fixationPoint(
  size: { width: number; height: number },
  pointer: Point | null,
  focus: Point | null,
  follow: boolean,
): Point {
  if (!follow) return { x: size.width / 2, y: size.height / 2 };
  const point = pointer ?? focus ?? { x: size.width / 2, y: size.height / 2 };
  return {
    x: Math.min(size.width, Math.max(0, point.x)),
    y: Math.min(size.height, Math.max(0, point.y)),
  };
}
