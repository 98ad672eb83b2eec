import { acuityText, blurSigmaPx, DEFAULT_VIEWING, type Viewing } from './acuity';
import { achromatopsiaMatrix, type CvdType, cvdMatrix, type Matrix3 } from './colour-matrices';
import type { ConditionId } from './conditions';
import {
  fieldDegreesToPx,
  maskFeatherPx,
  scotomaRadiusDegrees,
  tunnelRadiusDegrees,
} from './field';

export type Side = 'left' | 'right';

export type FieldMask =
  | { kind: 'tunnel'; radiusPx: number; featherPx: number; degrees: number }
  | { kind: 'scotoma'; radiusPx: number; featherPx: number; degrees: number }
  | { kind: 'hemianopia'; side: Side; opacity: number; featherPx: number };

/** Everything needed to draw one simulation: pure data, turned into CSS by the component. */
export interface SimulationPlan {
  /** Gaussian σ for CSS blur(), px. */
  blurPx: number;
  /** CSS contrast() factor; 1 leaves contrast alone. */
  contrast: number;
  /** Applied in linear RGB through an SVG feColorMatrix; null for none. */
  colourMatrix: Matrix3 | null;
  /** Opacity (0–1) of a static glare haze over the scene. */
  glare: number;
  /** A colour multiplied over the scene (cataract yellowing), or null. */
  tint: string | null;
  mask: FieldMask | null;
  /** Words for the Severity slider's value text. */
  severityText: string;
}

const NONE: SimulationPlan = {
  blurPx: 0,
  contrast: 1,
  colourMatrix: null,
  glare: 0,
  tint: null,
  mask: null,
  severityText: 'No simulation',
};

const percent = (s: number) => `${Math.round(s * 100)}%`;
const round1 = (n: number) => Math.round(n * 10) / 10;

const CVD: Partial<Record<ConditionId, { type: CvdType; partial: string }>> = {
  protanopia: { type: 'protan', partial: 'protanomaly' },
  deuteranopia: { type: 'deutan', partial: 'deuteranomaly' },
  tritanopia: { type: 'tritan', partial: 'tritanomaly' },
};

/**
 * Cataract yellowing: an ageing, clouded lens absorbs more short-wavelength
 * (blue) light. Modelled as a loss of up to 45% of the blue channel in linear
 * light; an approximation of the lens density curves in Pokorny, Smith and
 * Lutze (1987), not a fit to them.
 *
 * Drawn as a static overlay with `mix-blend-mode: multiply` rather than an
 * SVG colour matrix: browsers blend in sRGB-encoded values, so the blue
 * channel is multiplied by k^(1/2.2), which removes about k of the linear
 * light (sRGB is close to a 2.2 power law). An SVG filter would be re-run
 * over the whole scene on every hover; a blend is composited (see docs/vision.md).
 */
export function yellowingTint(severity: number): string {
  const keep = 1 - 0.45 * Math.min(1, Math.max(0, severity));
  return `rgb(255 255 ${Math.round(255 * keep ** (1 / 2.2))})`;
}

/** The simulation for a condition at a severity from 0 to 1. */
export function planSimulation(
  condition: ConditionId,
  rawSeverity: number,
  options: { side?: Side; viewing?: Viewing } = {},
): SimulationPlan {
  const severity = Math.min(1, Math.max(0, rawSeverity));
  const viewing = options.viewing ?? DEFAULT_VIEWING;
  const cvd = CVD[condition];
  if (cvd) {
    return {
      ...NONE,
      colourMatrix: cvdMatrix(cvd.type, severity),
      severityText:
        severity >= 1
          ? `${percent(severity)} (full ${condition})`
          : `${percent(severity)} (${cvd.partial})`,
    };
  }
  switch (condition) {
    case 'blur': {
      // Severity is logMAR 0.0 (6/6) to 1.0 (6/60): one chart line per 10%.
      const logMar = severity;
      return {
        ...NONE,
        blurPx: blurSigmaPx(logMar, viewing),
        severityText: `Acuity ${acuityText(logMar)}`,
      };
    }
    case 'cataract': {
      const logMar = 0.7 * severity;
      return {
        ...NONE,
        blurPx: blurSigmaPx(logMar, viewing),
        contrast: 1 - 0.5 * severity,
        tint: severity > 0 ? yellowingTint(severity) : null,
        glare: 0.35 * severity,
        severityText: `${percent(severity)}: acuity ${acuityText(logMar)}, contrast ${percent(1 - 0.5 * severity)}`,
      };
    }
    case 'achromatopsia': {
      // Complete achromatopsia usually comes with acuity around 6/60 (logMAR 1.0).
      const logMar = severity;
      return {
        ...NONE,
        blurPx: blurSigmaPx(logMar, viewing),
        colourMatrix: achromatopsiaMatrix(severity),
        severityText: `${percent(severity)}: colour ${percent(1 - severity)}, acuity ${acuityText(logMar)}`,
      };
    }
    case 'tunnel': {
      const degrees = tunnelRadiusDegrees(severity);
      const radiusPx = fieldDegreesToPx(degrees, viewing);
      return {
        ...NONE,
        mask: { kind: 'tunnel', radiusPx, featherPx: maskFeatherPx(radiusPx), degrees },
        severityText: `Field of ${round1(degrees)}° radius remaining`,
      };
    }
    case 'central-loss': {
      const degrees = scotomaRadiusDegrees(severity);
      const radiusPx = fieldDegreesToPx(degrees, viewing);
      return {
        ...NONE,
        mask:
          degrees > 0
            ? { kind: 'scotoma', radiusPx, featherPx: maskFeatherPx(radiusPx), degrees }
            : null,
        severityText: degrees > 0 ? `Blind spot of ${round1(degrees)}° radius` : 'No blind spot',
      };
    }
    case 'hemianopia': {
      const side = options.side ?? 'left';
      return {
        ...NONE,
        mask: severity > 0 ? { kind: 'hemianopia', side, opacity: severity, featherPx: 24 } : null,
        severityText: `${side === 'left' ? 'Left' : 'Right'} side ${percent(severity)} lost`,
      };
    }
    default:
      return NONE;
  }
}

/** Below this σ (px) no blur is drawn at all: less than a tenth of a pixel's spread. */
export const MIN_BLUR_PX = 0.05;

/**
 * The blur is drawn as an explicit Gaussian kernel (an SVG feConvolveMatrix,
 * once across and once down) rather than CSS blur() or feGaussianBlur:
 * Chromium's software renderer draws those as box blurs with whole-pixel
 * radii, so any σ under about 0.8 px came out as no blur at all (6/7.5 to
 * 6/12 looked like 6/6) and 3.74 px as about 3.47 px. A kernel is drawn as
 * written, on every renderer; tests/e2e/vision-blur.test.ts measures an edge.
 *
 * The weights are a sampled Gaussian whose variance is matched to σ² (for
 * σ under a pixel, sampling alone would spread the edge too little).
 */
export function gaussianKernel(sigmaPx: number): number[] {
  const sigma = Math.max(MIN_BLUR_PX, sigmaPx);
  const radius = Math.max(1, Math.ceil(3 * sigma));
  const weights = (s: number) =>
    Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-((i - radius) ** 2) / (2 * s * s)));
  const variance = (w: number[]) =>
    w.reduce((sum, v, i) => sum + v * (i - radius) ** 2, 0) / w.reduce((a, v) => a + v, 0);
  let low = 0.01;
  let high = sigma * 2 + 1;
  for (let i = 0; i < 40; i += 1) {
    const mid = (low + high) / 2;
    if (variance(weights(mid)) < sigma * sigma) low = mid;
    else high = mid;
  }
  const w = weights((low + high) / 2);
  const total = w.reduce((a, v) => a + v, 0);
  return w.map((v) => Math.round((v / total) * 1e6) / 1e6);
}

/** The CSS filter for the scene (the colour matrix and the blur are SVG filters, by id). */
export function cssFilter(
  plan: SimulationPlan,
  colourFilterId: string,
  blurFilterId = `${colourFilterId}-blur`,
): string {
  const parts: string[] = [];
  if (plan.colourMatrix) parts.push(`url(#${colourFilterId})`);
  if (plan.blurPx >= MIN_BLUR_PX) parts.push(`url(#${blurFilterId})`);
  if (plan.contrast < 0.999) parts.push(`contrast(${plan.contrast.toFixed(3)})`);
  return parts.length > 0 ? parts.join(' ') : 'none';
}
