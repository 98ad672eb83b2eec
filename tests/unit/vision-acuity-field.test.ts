import { describe, expect, it } from 'vitest';
import {
  arcminToCssPx,
  blurSigmaArcmin,
  blurSigmaPx,
  DEFAULT_VIEWING,
  smallestLetterPx,
  snellenLabel,
} from '../../src/features/vision/acuity';
import {
  fieldDegreesToPx,
  fixationPoint,
  scotomaRadiusDegrees,
  tunnelRadiusDegrees,
} from '../../src/features/vision/field';
import { cssFilter, gaussianKernel, planSimulation } from '../../src/features/vision/simulation';
import { viewingFor } from '../../src/features/vision/viewing';

describe('acuity to blur', () => {
  it.each([
    [0, '6/6'],
    [0.1, '6/7.5'],
    [0.3, '6/12'],
    [0.5, '6/19'],
    [0.6, '6/24'],
    [1, '6/60'],
  ])('logMAR %s is Snellen %s', (logMar, snellen) => {
    expect(snellenLabel(logMar)).toBe(snellen);
  });

  it('one arcminute at 50 cm is about 0.55 CSS px (96 px per inch)', () => {
    // 500 mm × tan(1/60°) = 0.1454 mm; a CSS px is 0.2646 mm.
    expect(arcminToCssPx(1)).toBeCloseTo(0.5497, 3);
    expect(arcminToCssPx(1, { ...DEFAULT_VIEWING, distanceCm: 100 })).toBeCloseTo(1.0994, 3);
  });

  it.each([
    // logMAR, σ in arcmin (0.683 × √(MAR² − 1)), σ in px at 50 cm
    [0, 0, 0],
    [0.3, 1.183, 0.65],
    [0.5, 2.05, 1.13],
    [1, 6.8, 3.74],
  ])('logMAR %s adds a Gaussian blur of σ ≈ %s′, %s px', (logMar, arcmin, px) => {
    expect(blurSigmaArcmin(logMar)).toBeCloseTo(arcmin, 1);
    expect(blurSigmaPx(logMar)).toBeCloseTo(px, 1);
  });

  it('blur grows with worse acuity and with distance', () => {
    expect(blurSigmaPx(0.6)).toBeGreaterThan(blurSigmaPx(0.5));
    expect(blurSigmaPx(0.6, { ...DEFAULT_VIEWING, distanceCm: 80 })).toBeGreaterThan(
      blurSigmaPx(0.6),
    );
  });

  it('at 6/60 the smallest readable letters at 50 cm are about 27 px high', () => {
    expect(smallestLetterPx(1)).toBeCloseTo(27.5, 0);
    expect(smallestLetterPx(0)).toBeCloseTo(2.75, 1);
  });
});

describe('field degrees to pixels', () => {
  it.each([
    [0, 0],
    [1, 33],
    [5, 165.4],
    [10, 333.2],
    [20, 687.8],
  ])('%s° from fixation at 50 cm is %s CSS px', (degrees, px) => {
    expect(fieldDegreesToPx(degrees)).toBeCloseTo(px, 0);
  });

  it('tunnel vision shrinks from 40° to 3°, through about 11° in the middle', () => {
    expect(tunnelRadiusDegrees(0)).toBeCloseTo(40);
    expect(tunnelRadiusDegrees(0.5)).toBeCloseTo(10.95, 1);
    expect(tunnelRadiusDegrees(1)).toBeCloseTo(3);
    expect(scotomaRadiusDegrees(0)).toBe(0);
    expect(scotomaRadiusDegrees(0.5)).toBe(6);
  });

  it('fixation follows the pointer, then focus, clamped to the scene; or stays central', () => {
    const size = { width: 800, height: 600 };
    expect(fixationPoint(size, { x: 10, y: 20 }, { x: 300, y: 300 }, true)).toEqual({
      x: 10,
      y: 20,
    });
    expect(fixationPoint(size, null, { x: 300, y: 900 }, true)).toEqual({ x: 300, y: 600 });
    expect(fixationPoint(size, { x: 10, y: 20 }, null, false)).toEqual({ x: 400, y: 300 });
  });
});

describe('viewing distance', () => {
  it.each([
    ['laptop', 1280, 0.5497],
    ['tablet', 1280, 0.3848],
    ['monitor', 1280, 0.7696],
    // A 1280 px window projected 2 m wide (6.4 px per cm), seen from 4 m.
    ['board', 1280, 0.7447],
  ] as const)('%s (window %s px): one arcminute is %s CSS px', (preset, width, px) => {
    expect(arcminToCssPx(1, viewingFor(preset, width))).toBeCloseTo(px, 3);
  });

  it('the same acuity blurs more pixels when the screen is further away', () => {
    const near = planSimulation('blur', 0.6, { viewing: viewingFor('tablet', 1280) });
    const far = planSimulation('blur', 0.6, { viewing: viewingFor('monitor', 1280) });
    expect(far.blurPx / near.blurPx).toBeCloseTo(2, 2);
  });
});

describe('simulation plans', () => {
  it('None filters nothing', () => {
    const plan = planSimulation('none', 1);
    expect(cssFilter(plan, 'f')).toBe('none');
    expect(plan.mask).toBeNull();
  });

  it.each([
    ['blur', 0.5, 'url(#f-blur)'],
    ['protanopia', 1, 'url(#f)'],
    ['cataract', 1, 'url(#f-blur) contrast(0.500)'],
    ['achromatopsia', 1, 'url(#f) url(#f-blur)'],
  ] as const)('%s at %s has the filter "%s"', (condition, severity, filter) => {
    expect(cssFilter(planSimulation(condition, severity), 'f')).toBe(filter);
  });

  it('field losses are masks, not filters, with sizes in degrees', () => {
    const tunnel = planSimulation('tunnel', 0.5);
    expect(tunnel.mask).toMatchObject({ kind: 'tunnel', degrees: expect.closeTo(10.95, 1) });
    expect(tunnel.severityText).toBe('Field of 11° radius remaining');
    expect(planSimulation('central-loss', 0).mask).toBeNull();
    expect(planSimulation('hemianopia', 1, { side: 'right' }).mask).toMatchObject({
      kind: 'hemianopia',
      side: 'right',
      opacity: 1,
    });
    expect(cssFilter(tunnel, 'f')).toBe('none');
  });

  it('cataract yellows by multiplying blue, keeping 55% of its linear light at full severity', () => {
    expect(planSimulation('cataract', 0).tint).toBeNull();
    const tint = planSimulation('cataract', 1).tint as string;
    const blue = Number(/rgb\(255 255 (\d+)\)/.exec(tint)?.[1]);
    expect((blue / 255) ** 2.2).toBeCloseTo(0.55, 2);
    expect(planSimulation('cataract', 1).glare).toBeCloseTo(0.35);
  });

  it('describes severity in words for the slider', () => {
    expect(planSimulation('blur', 0.6).severityText).toBe('Acuity 6/24 (logMAR 0.6)');
    expect(planSimulation('blur', 0.75).severityText).toBe(
      'Acuity between 6/30 and 6/38 (logMAR 0.75)',
    );
    expect(planSimulation('deuteranopia', 0.4).severityText).toBe('40% (deuteranomaly)');
    expect(planSimulation('deuteranopia', 1).severityText).toBe('100% (full deuteranopia)');
  });
});

describe('one source for acuity words (issue 13)', () => {
  // Every step of the slider, for every condition that names an acuity.
  const steps = Array.from({ length: 21 }, (_, i) => i / 20);
  const pairs = (text: string) =>
    [...text.matchAll(/6\/([\d.]+)(?: and 6\/([\d.]+))? \(logMAR ([\d.]+)\)/g)].map((m) => ({
      better: Number(m[1]),
      worse: m[2] ? Number(m[2]) : undefined,
      logMar: Number(m[3]),
    }));

  it.each(['blur', 'cataract', 'achromatopsia'] as const)(
    '%s: the Snellen line and the logMAR never contradict each other',
    (condition) => {
      for (const severity of steps) {
        const text = planSimulation(condition, severity).severityText;
        const found = pairs(text);
        expect(found, text).toHaveLength(1);
        const { better, worse, logMar } = found[0] as (typeof found)[number];
        // A chart line's logMAR is log10(denominator / 6) to within the chart's rounding.
        const lineLogMar = (d: number) => Math.round(Math.log10(d / 6) * 10) / 10;
        if (worse === undefined) expect(lineLogMar(better), text).toBeCloseTo(logMar, 5);
        else {
          expect(lineLogMar(better), text).toBeLessThan(logMar);
          expect(lineLogMar(worse), text).toBeGreaterThan(logMar);
          expect(lineLogMar(worse) - lineLogMar(better), text).toBeCloseTo(0.1, 5);
        }
      }
    },
  );

  it.each([
    [0.05, 'Acuity between 6/6 and 6/7.5 (logMAR 0.05)'],
    [0.25, 'Acuity between 6/9.5 and 6/12 (logMAR 0.25)'],
    [0.45, 'Acuity between 6/15 and 6/19 (logMAR 0.45)'],
    [0.55, 'Acuity between 6/19 and 6/24 (logMAR 0.55)'],
    [0.65, 'Acuity between 6/24 and 6/30 (logMAR 0.65)'],
    [0.7, 'Acuity 6/30 (logMAR 0.7)'],
    [1, 'Acuity 6/60 (logMAR 1.0)'],
  ])('blurred vision at %s reads "%s"', (severity, text) => {
    expect(planSimulation('blur', severity).severityText).toBe(text);
  });
});

describe('the blur kernel', () => {
  it.each([0.19, 0.3, 0.65, 1, 1.45, 3.74, 8])('spreads an edge by exactly σ = %s px', (sigma) => {
    const kernel = gaussianKernel(sigma);
    const radius = (kernel.length - 1) / 2;
    const total = kernel.reduce((a, v) => a + v, 0);
    const variance = kernel.reduce((a, v, i) => a + v * (i - radius) ** 2, 0) / total;
    expect(total).toBeCloseTo(1, 4);
    expect(Math.sqrt(variance)).toBeCloseTo(sigma, 2);
    expect(kernel[radius]).toBe(Math.max(...kernel));
  });
});
