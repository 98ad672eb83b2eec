import { describe, expect, it } from 'vitest';
import {
  centredOffset,
  clampOffset,
  followRect,
  formatZoom,
  intersects,
  lensAvoiding,
  lensRect,
  movePoint,
  proportionalOffset,
  rezoomOffset,
  scaleTransform,
  snapZoom,
  stepZoom,
  toSceneRect,
  translateTransform,
  type ZoomIncrement,
  zoomLevels,
} from '../../src/features/magnifier/magnifier-geometry';
import { toolShortcut, viewKey } from '../../src/features/magnifier/magnifier-keys';
import {
  DEFAULT_SETTINGS,
  nextMode,
  parseSettings,
} from '../../src/features/magnifier/magnifier-settings';

const scene = { width: 800, height: 600 };

describe('zoom stepping follows Windows Magnifier increments', () => {
  it.each<[number, ZoomIncrement, 1 | -1, number]>([
    [1, 100, 1, 2],
    [2, 100, 1, 3],
    [16, 100, 1, 16],
    [1, 100, -1, 1],
    [1, 25, 1, 1.25],
    [1.25, 25, -1, 1],
    [1, 50, 1, 1.5],
    [1, 150, 1, 2.5],
    [14.5, 150, 1, 16],
    [1, 400, 1, 5],
    [13, 400, 1, 16],
    [16, 400, -1, 13],
    [2.5, 100, 1, 3], // between levels after the increment changed: next level up
    [2.5, 100, -1, 2],
    [1, 200, 1, 3],
  ])('from %s× by %s%% (direction %s) gives %s×', (zoom, increment, direction, expected) => {
    expect(stepZoom(zoom, increment, direction)).toBe(expected);
  });

  it('always reaches exactly 1× and 16×', () => {
    for (const increment of [25, 50, 100, 150, 200, 400] as const) {
      const levels = zoomLevels(increment);
      expect(levels[0]).toBe(1);
      expect(levels.at(-1)).toBe(16);
    }
  });

  it.each([
    [3.9, 100, 4],
    [15.2, 400, 16],
    [1.1, 25, 1],
    [7, 150, 7],
  ] as const)('snaps a dragged %s to %s%% levels as %s×', (value, increment, expected) => {
    expect(snapZoom(value, increment)).toBe(expected);
  });

  it.each([
    [4, '4×'],
    [1.25, '1.25×'],
    [2.5, '2.5×'],
  ])('writes %s as "%s"', (zoom, text) => {
    expect(formatZoom(zoom)).toBe(text);
  });
});

describe('lens position', () => {
  it.each([
    ['centred on the pointer', { x: 400, y: 300 }, { x: 240, y: 200 }],
    ['clamped at the left and top edges', { x: 10, y: 5 }, { x: 0, y: 0 }],
    ['clamped at the right and bottom edges', { x: 795, y: 599 }, { x: 480, y: 400 }],
  ])('is %s', (_name, pointer, expected) => {
    expect(lensRect(pointer, { width: 320, height: 200 }, scene)).toEqual({
      ...expected,
      width: 320,
      height: 200,
    });
  });

  it('shrinks to fit a scene smaller than the lens', () => {
    expect(
      lensRect({ x: 50, y: 50 }, { width: 320, height: 200 }, { width: 280, height: 150 }),
    ).toEqual({
      x: 0,
      y: 0,
      width: 280,
      height: 150,
    });
  });

  it('moves off the focused element so keyboard focus is never hidden', () => {
    const focused = { x: 300, y: 200, width: 120, height: 40 };
    const lens = lensRect({ x: 360, y: 220 }, { width: 320, height: 200 }, scene);
    expect(intersects(lens, focused)).toBe(true);
    const moved = lensAvoiding(lens, focused, scene);
    expect(intersects(moved, focused)).toBe(false);
    expect(moved.x).toBeGreaterThanOrEqual(0);
    expect(moved.y + moved.height).toBeLessThanOrEqual(scene.height);
  });

  it('leaves a lens that does not cover the focused element where it is', () => {
    const lens = { x: 0, y: 0, width: 100, height: 100 };
    expect(lensAvoiding(lens, { x: 500, y: 500, width: 10, height: 10 }, scene)).toBe(lens);
  });

  it('keeps the least overlap when no placement is clear', () => {
    const huge = { x: 0, y: 0, width: 800, height: 600 };
    const lens = { x: 100, y: 100, width: 320, height: 200 };
    const moved = lensAvoiding(lens, huge, scene);
    expect(moved.width).toBe(320);
  });
});

describe('magnified view offsets', () => {
  const view = { width: 400, height: 300 };

  it('centres a scene point in the view and clamps at the edges', () => {
    expect(centredOffset({ x: 400, y: 300 }, view, scene, 2)).toEqual({ x: -600, y: -450 });
    expect(centredOffset({ x: 0, y: 0 }, view, scene, 2)).toEqual({ x: 0, y: 0 });
    expect(centredOffset({ x: 800, y: 600 }, view, scene, 2)).toEqual({ x: -1200, y: -900 });
  });

  it('centres a scene smaller than the view', () => {
    expect(clampOffset({ x: -50, y: 20 }, { width: 1000, height: 700 }, scene, 1)).toEqual({
      x: 100,
      y: 50,
    });
  });

  it('full screen maps the pointer across the view to the same fraction of the scene', () => {
    const full = { width: 800, height: 600 };
    expect(proportionalOffset({ x: 0, y: 0 }, full, scene, 4)).toEqual({ x: -0, y: -0 });
    expect(proportionalOffset({ x: 400, y: 300 }, full, scene, 4)).toEqual({ x: -1200, y: -900 });
    expect(proportionalOffset({ x: 800, y: 600 }, full, scene, 4)).toEqual({ x: -2400, y: -1800 });
    // The point under the pointer is the one that was there unmagnified.
    const pointer = { x: 200, y: 450 };
    const offset = proportionalOffset(pointer, full, scene, 4);
    expect((pointer.x - offset.x) / 4).toBe(200);
    expect((pointer.y - offset.y) / 4).toBe(450);
  });

  it('keeps the middle on the same scene point when the zoom changes', () => {
    const at2 = centredOffset({ x: 300, y: 200 }, view, scene, 2);
    expect(rezoomOffset(at2, view, scene, 2, 4)).toEqual(
      centredOffset({ x: 300, y: 200 }, view, scene, 4),
    );
  });
});

describe('focus following', () => {
  const view = { width: 400, height: 300 };
  const start = { x: 0, y: 0 };

  it.each([
    ['already in view: no pan', { x: 50, y: 50, width: 40, height: 20 }, { x: 0, y: 0 }],
    [
      'off to the right: pans just enough, with the margin',
      { x: 300, y: 50, width: 50, height: 20 },
      { x: -324, y: 0 },
    ],
    ['below: pans down just enough', { x: 10, y: 200, width: 40, height: 30 }, { x: 0, y: -184 }],
    [
      'larger than the view: shows its start',
      { x: 100, y: 100, width: 300, height: 20 },
      { x: -200, y: -0 },
    ],
  ])('%s', (_name, rect, expected) => {
    const offset = followRect(start, rect, view, scene, 2);
    expect(offset.x).toBeCloseTo(expected.x);
    expect(offset.y).toBeCloseTo(expected.y);
    // The element ends up inside the view.
    expect(offset.x + rect.x * 2).toBeGreaterThanOrEqual(0);
    expect(offset.y + rect.y * 2).toBeGreaterThanOrEqual(0);
  });

  it('pans back left when focus moves to an element before the view', () => {
    const offset = followRect(
      { x: -800, y: 0 },
      { x: 20, y: 10, width: 40, height: 20 },
      view,
      scene,
      2,
    );
    expect(offset.x).toBe(24 - 20 * 2); // the element sits one margin from the left edge
  });

  it('turns a page rectangle into scene pixels under zoom', () => {
    expect(toSceneRect({ x: 140, y: 260, width: 80, height: 40 }, { x: 100, y: 100 }, 4)).toEqual({
      x: 10,
      y: 40,
      width: 20,
      height: 10,
    });
  });

  it('moves a point by keyboard without leaving the scene', () => {
    expect(movePoint({ x: 790, y: 10 }, 40, -40, scene)).toEqual({ x: 800, y: 0 });
  });

  it('moves by whole pixels and scales separately', () => {
    expect(translateTransform({ x: -12.6, y: 6.2 })).toBe('translate(-13px, 6px)');
    expect(translateTransform({ x: -0.2, y: 0 })).toBe('translate(0px, 0px)');
    expect(scaleTransform(4)).toBe('scale(4)');
  });
});

describe('keys and settings', () => {
  const key = (over: Partial<Parameters<typeof toolShortcut>[0]>) => ({
    key: '',
    code: '',
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    ...over,
  });

  it.each([
    [
      key({ altKey: true, shiftKey: true, code: 'Equal', key: '+' }),
      { type: 'zoom', direction: 1 },
    ],
    [
      key({ altKey: true, shiftKey: true, code: 'Minus', key: '_' }),
      { type: 'zoom', direction: -1 },
    ],
    [key({ altKey: true, shiftKey: true, code: 'KeyM', key: 'M' }), { type: 'next-mode' }],
    [key({ altKey: true, shiftKey: true, code: 'KeyC', key: 'C' }), { type: 'toggle-invert' }],
    [key({ altKey: true, shiftKey: true, key: 'ArrowLeft' }), { type: 'move', dx: -40, dy: 0 }],
    [key({ altKey: true, code: 'Equal' }), null],
    [key({ ctrlKey: true, altKey: true, shiftKey: true, code: 'Equal' }), null],
    [key({ altKey: true, shiftKey: true, code: 'KeyI' }), null], // Chrome's feedback shortcut
  ])('tool shortcut %#', (event, action) => {
    expect(toolShortcut(event)).toEqual(action);
  });

  it.each([
    [key({ key: '+' }), { type: 'zoom', direction: 1 }],
    [key({ key: '=' }), { type: 'zoom', direction: 1 }],
    [key({ key: '-' }), { type: 'zoom', direction: -1 }],
    [key({ key: 'Escape' }), { type: 'close-lens' }],
    [key({ key: 'ArrowDown' }), { type: 'move', dx: 0, dy: 40 }],
    [key({ key: 'ArrowUp', shiftKey: true }), { type: 'move', dx: 0, dy: -160 }],
    [key({ key: '+', ctrlKey: true }), null], // the browser's own zoom
    [key({ key: 'a' }), null],
  ])('view key %#', (event, action) => {
    expect(viewKey(event)).toEqual(action);
  });

  it('restores saved settings and falls back on anything damaged', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ mode: 'docked', zoom: 40, increment: 33 }))).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'docked',
      zoom: 16,
    });
  });

  it('cycles the modes in the radio group order', () => {
    expect([nextMode('lens'), nextMode('full-screen'), nextMode('docked')]).toEqual([
      'full-screen',
      'docked',
      'lens',
    ]);
  });
});
