/**
 * Magnifier geometry: pure numbers, no DOM. Every position is in CSS pixels.
 * "Scene" coordinates are the practice scene's own, unmagnified layout (0,0 at
 * its top-left corner). A magnified view draws the scene with
 * `translate(offset) scale(zoom)` from a top-left origin, so a scene point p
 * appears at `offset + p × zoom` inside the view.
 */

import type { MagnifierMode } from '../../domain/exercises/events';

// The mode union lives with the practice events that report it.
export type { MagnifierMode };
export const MAGNIFIER_MODES: readonly MagnifierMode[] = ['lens', 'full-screen', 'docked'];

export const ZOOM_MIN = 1;
export const ZOOM_MAX = 16;
/** Windows Magnifier's "Change zoom increments" choices, in percent. */
export const ZOOM_INCREMENTS = [25, 50, 100, 150, 200, 400] as const;
export type ZoomIncrement = (typeof ZOOM_INCREMENTS)[number];

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Point, Size {}

const EPSILON = 1e-6;

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Zoom levels that stepping by `increment` percent visits: 1×, 1× + step, … and always 16×. */
export function zoomLevels(increment: ZoomIncrement): number[] {
  const step = increment / 100;
  const levels: number[] = [];
  for (let zoom = ZOOM_MIN; zoom < ZOOM_MAX - EPSILON; zoom += step) {
    levels.push(Math.round(zoom * 100) / 100);
  }
  levels.push(ZOOM_MAX);
  return levels;
}

/**
 * One step in or out, as Windows Magnifier does: to the next level of the
 * chosen increment (from 1×), never past 1× or 16×. A zoom between levels
 * (after the increment was changed) goes to the nearest level in that direction.
 */
export function stepZoom(zoom: number, increment: ZoomIncrement, direction: 1 | -1): number {
  const levels = zoomLevels(increment);
  if (direction > 0) return levels.find((level) => level > zoom + EPSILON) ?? ZOOM_MAX;
  return [...levels].reverse().find((level) => level < zoom - EPSILON) ?? ZOOM_MIN;
}

/** The level of the increment nearest to a raw value (from a dragged slider). */
export function snapZoom(value: number, increment: ZoomIncrement): number {
  const levels = zoomLevels(increment);
  let best = levels[0] ?? ZOOM_MIN;
  for (const level of levels) {
    if (Math.abs(level - value) < Math.abs(best - value)) best = level;
  }
  return best;
}

/** "4×", "1.25×", "2.5×": the slider's value text and what is announced. */
export function formatZoom(zoom: number): string {
  return `${Number(zoom.toFixed(2))}×`;
}

/** The lens box: centred on the point, its size cut to the bounds, kept wholly inside them. */
export function lensRect(center: Point, size: Size, bounds: Size): Rect {
  const width = Math.min(size.width, bounds.width);
  const height = Math.min(size.height, bounds.height);
  return {
    x: clamp(center.x - width / 2, 0, bounds.width - width),
    y: clamp(center.y - height / 2, 0, bounds.height - height),
    width,
    height,
  };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, w) * Math.max(0, h);
}

/**
 * Moves the lens off a rectangle it must not hide (the element with keyboard
 * focus: WCAG 2.2 "Focus not obscured"). Tries below, above, right and left of
 * it, inside the bounds, and takes the placement nearest to where the lens was;
 * if every placement overlaps (a huge element in a small scene), the least
 * overlapping one.
 */
export function lensAvoiding(lens: Rect, avoid: Rect, bounds: Size, gap = 8): Rect {
  if (!intersects(lens, avoid)) return lens;
  const place = (x: number, y: number): Rect => ({
    x: clamp(x, 0, Math.max(0, bounds.width - lens.width)),
    y: clamp(y, 0, Math.max(0, bounds.height - lens.height)),
    width: lens.width,
    height: lens.height,
  });
  const candidates = [
    place(lens.x, avoid.y + avoid.height + gap),
    place(lens.x, avoid.y - lens.height - gap),
    place(avoid.x + avoid.width + gap, lens.y),
    place(avoid.x - lens.width - gap, lens.y),
  ];
  const distance = (r: Rect) => Math.hypot(r.x - lens.x, r.y - lens.y);
  const clear = candidates.filter((r) => !intersects(r, avoid));
  if (clear.length > 0) {
    return clear.reduce((best, r) => (distance(r) < distance(best) ? r : best));
  }
  return candidates.reduce((best, r) =>
    overlapArea(r, avoid) < overlapArea(best, avoid) ? r : best,
  );
}

/** The offset on one axis, kept so the view never shows past the scene's edges (centred if smaller). */
function clampAxis(offset: number, view: number, content: number, zoom: number): number {
  const scaled = content * zoom;
  if (scaled <= view) return (view - scaled) / 2;
  return clamp(offset, view - scaled, 0);
}

export function clampOffset(offset: Point, view: Size, content: Size, zoom: number): Point {
  return {
    x: clampAxis(offset.x, view.width, content.width, zoom),
    y: clampAxis(offset.y, view.height, content.height, zoom),
  };
}

/** The offset that puts a scene point in the middle of the view (lens and docked views). */
export function centredOffset(point: Point, view: Size, content: Size, zoom: number): Point {
  return clampOffset(
    { x: view.width / 2 - point.x * zoom, y: view.height / 2 - point.y * zoom },
    view,
    content,
    zoom,
  );
}

/**
 * Full screen following the pointer: where the pointer is across the view is
 * where the view is across the magnified scene (left edge shows the left edge,
 * the middle the middle). Unlike centring on the pointer this has no feedback
 * loop, and the point under the pointer is the one that was there unmagnified
 * when the view and the scene are the same size.
 */
export function proportionalOffset(pointer: Point, view: Size, content: Size, zoom: number): Point {
  const axis = (q: number, v: number, c: number) => {
    const scaled = c * zoom;
    if (scaled <= v) return (v - scaled) / 2;
    return -clamp(q / v, 0, 1) * (scaled - v);
  };
  return {
    x: axis(pointer.x, view.width, content.width),
    y: axis(pointer.y, view.height, content.height),
  };
}

/**
 * Focus and caret following: pans as little as needed to bring a scene
 * rectangle into view with a margin. An element larger than the view is
 * shown from its start (top-left), where reading begins.
 */
export function followRect(
  offset: Point,
  rect: Rect,
  view: Size,
  content: Size,
  zoom: number,
  margin = 24,
): Point {
  const axis = (o: number, start: number, length: number, v: number) => {
    const size = length * zoom;
    const m = Math.max(0, Math.min(margin, (v - size) / 2));
    const screenStart = o + start * zoom;
    const screenEnd = screenStart + size;
    if (size + 2 * m > v || screenStart < m) return m - start * zoom;
    if (screenEnd > v - m) return v - m - (start + length) * zoom;
    return o;
  };
  return clampOffset(
    {
      x: axis(offset.x, rect.x, rect.width, view.width),
      y: axis(offset.y, rect.y, rect.height, view.height),
    },
    view,
    content,
    zoom,
  );
}

/** Keeps the middle of the view on the same scene point when the zoom changes. */
export function rezoomOffset(
  offset: Point,
  view: Size,
  content: Size,
  from: number,
  to: number,
): Point {
  const middle = { x: (view.width / 2 - offset.x) / from, y: (view.height / 2 - offset.y) / from };
  return centredOffset(middle, view, content, to);
}

/** Moves a scene point by keyboard, kept inside the scene. */
export function movePoint(point: Point, dx: number, dy: number, content: Size): Point {
  return { x: clamp(point.x + dx, 0, content.width), y: clamp(point.y + dy, 0, content.height) };
}

/** The middle of a rectangle. */
export function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** A rectangle in the page (client coordinates) in scene coordinates, given where the scene is drawn. */
export function toSceneRect(client: Rect, sceneOrigin: Point, zoom: number): Rect {
  return {
    x: (client.x - sceneOrigin.x) / zoom,
    y: (client.y - sceneOrigin.y) / zoom,
    width: client.width / zoom,
    height: client.height / zoom,
  };
}

/** The mover's transform: whole pixels (a layer moved by a fraction of a pixel blurs its text). */
export function translateTransform(offset: Point): string {
  const px = (n: number) => `${Math.round(n) || 0}px`;
  return `translate(${px(offset.x)}, ${px(offset.y)})`;
}

/** The magnified content's transform (origin top-left). */
export function scaleTransform(zoom: number): string {
  return `scale(${zoom})`;
}
