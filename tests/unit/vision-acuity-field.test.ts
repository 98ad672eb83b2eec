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
import { cssFilter, planSimulation } from '../../src/features/vision/simulation';
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
    ['blur', 0.5, 'blur(1.13px)'],
    ['protanopia', 1, 'url(#f)'],
    ['cataract', 1, 'blur(1.84px) contrast(0.500)'],
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
    expect(planSimulation('deuteranopia', 0.4).severityText).toBe('40% (deuteranomaly)');
    expect(planSimulation('deuteranopia', 1).severityText).toBe('100% (full deuteranopia)');
  });
});
