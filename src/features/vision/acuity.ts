/**
 * Visual acuity to blur, for the "Blurred vision" and "Cataract" simulations.
 *
 * Acuity scale: Snellen 6/6 (logMAR 0.0) to 6/60 (logMAR 1.0). The minimum
 * angle of resolution (MAR) in minutes of arc is the Snellen fraction turned
 * over: 6/60 → 10′ (Bailey & Lovie 1976; ISO 8596). logMAR = log10(MAR).
 * A chart line is 0.1 logMAR, so the slider moves one line per 10%.
 *
 * Blur model (an approximation, stated so that it can be argued with):
 * - Detail of size MAR is one half-cycle of the finest grating the eye can
 *   resolve, so the cut-off spatial frequency is 1 / (2 · MAR) cycles per
 *   arcminute (6/6 → 30 cycles per degree).
 * - The eye is modelled as a Gaussian low-pass filter whose modulation
 *   transfer falls to 10% (about the contrast threshold for high-contrast
 *   text) at that cut-off: MTF(f) = exp(−2π²σ²f²) = 0.1 →
 *   σ = √(ln 10 / 2π²) / f_c = 2 · √(ln 10 / 2π²) · MAR ≈ 0.683 · MAR (arcmin).
 * - The person looking at the screen is assumed to see 6/6 already, so only
 *   the extra blur is added: σ_added = √(σ_sim² − σ_6/6²) (Gaussians add in
 *   quadrature).
 * - Arcminutes become CSS pixels through the viewing distance (default 50 cm,
 *   a laptop or desktop screen) and the CSS inch (96 px per inch, CSS Values 4).
 *   A projector, a phone held close or a screen with a different real pixel
 *   size changes the result; the simulator says so.
 * The blur is drawn as a Gaussian kernel of standard deviation σ (simulation.ts says why not CSS blur()).
 */

export interface Viewing {
  /** Eye to screen, in centimetres. */
  distanceCm: number;
  /** CSS pixels per centimetre of screen (96 / 2.54 for the CSS reference inch). */
  pxPerCm: number;
}

export const DEFAULT_VIEWING: Viewing = { distanceCm: 50, pxPerCm: 96 / 2.54 };

/** σ of the Gaussian (arcmin) whose MTF is 10% at the cut-off for this MAR. */
const SIGMA_PER_MAR = 2 * Math.sqrt(Math.LN10 / (2 * Math.PI ** 2));

export function logMarToMar(logMar: number): number {
  return 10 ** logMar;
}

/**
 * The one source for acuity words: the chart lines printed on UK charts
 * (BS 4274-1:2003), each with its logMAR. Snellen and logMAR are always read
 * from the same line, so they cannot contradict each other.
 */
export const CHART_LINES: readonly { logMar: number; snellen: string }[] = [
  6, 7.5, 9.5, 12, 15, 19, 24, 30, 38, 48, 60,
].map((denominator, index) => ({ logMar: index / 10, snellen: `6/${denominator}` }));

/** Snellen for the chart line nearest this logMAR (logMAR 0.3 → 6/12). */
export function snellenLabel(logMar: number): string {
  const index = Math.min(10, Math.max(0, Math.round(logMar * 10 + 1e-9)));
  return CHART_LINES[index]?.snellen ?? '6/60';
}

/**
 * Acuity in words: on a chart line, its Snellen and logMAR ("6/30 (logMAR 0.7)");
 * between two lines, both lines and the exact logMAR ("between 6/30 and 6/38
 * (logMAR 0.75)"), never a rounded logMAR beside a different line's Snellen.
 */
export function acuityText(rawLogMar: number): string {
  // Rounded once, to the value shown, so that the line chosen and the number printed agree.
  const logMar = Math.round(Math.min(1, Math.max(0, rawLogMar)) * 100 + 1e-9) / 100;
  const tenths = logMar * 10;
  const nearest = Math.round(tenths);
  if (Math.abs(tenths - nearest) < 0.005) {
    return `${CHART_LINES[nearest]?.snellen} (logMAR ${(nearest / 10).toFixed(1)})`;
  }
  const better = CHART_LINES[Math.floor(tenths)];
  const worse = CHART_LINES[Math.ceil(tenths)];
  return `between ${better?.snellen} and ${worse?.snellen} (logMAR ${logMar.toFixed(2)})`;
}

/** Size on screen (CSS px) of an angle in arcminutes seen from the viewing distance. */
export function arcminToCssPx(arcmin: number, viewing: Viewing = DEFAULT_VIEWING): number {
  const radians = (arcmin / 60) * (Math.PI / 180);
  return 2 * viewing.distanceCm * Math.tan(radians / 2) * viewing.pxPerCm;
}

/** The added Gaussian blur σ, in arcminutes, for an acuity given as logMAR (0 → none). */
export function blurSigmaArcmin(logMar: number): number {
  const mar = logMarToMar(Math.max(0, logMar));
  return SIGMA_PER_MAR * Math.sqrt(Math.max(0, mar * mar - 1));
}

/** The blur's standard deviation σ in CSS px for an acuity given as logMAR. */
export function blurSigmaPx(logMar: number, viewing: Viewing = DEFAULT_VIEWING): number {
  return arcminToCssPx(blurSigmaArcmin(logMar), viewing);
}

/** Height (CSS px) of the smallest letters readable at this acuity (a letter is 5 × MAR). */
export function smallestLetterPx(logMar: number, viewing: Viewing = DEFAULT_VIEWING): number {
  return arcminToCssPx(5 * logMarToMar(logMar), viewing);
}
