import { type Point, type Size, scaleTransform, translateTransform } from './magnifier-geometry';

/** Small DOM helpers for use-magnified-view: measuring, mirroring scroll, writing transforms. */

export const sizeOf = (element: HTMLElement): Size => ({
  width: element.clientWidth,
  height: element.clientHeight,
});

/** The path of child indexes from root to element, to find its twin in the copy. */
export function pathFrom(root: Element, element: Element): number[] | null {
  const path: number[] = [];
  let node: Element | null = element;
  while (node && node !== root) {
    const parent: Element | null = node.parentElement;
    if (!parent) return null;
    path.unshift(Array.prototype.indexOf.call(parent.children, node));
    node = parent;
  }
  return node === root ? path : null;
}

export function follow(root: Element, path: number[]): Element | null {
  let node: Element | null = root;
  for (const index of path) node = node?.children[index] ?? null;
  return node;
}

/**
 * The two-element trick that keeps magnified text sharp and panning cheap:
 * the outer element only translates, on its own compositor layer
 * (`will-change: transform`), so moving it repaints nothing; the inner element
 * carries the scale and never has `will-change`, so Chrome paints its text at
 * the final size into the outer layer instead of stretching a bitmap. Whole
 * pixels keep the layer's text on the pixel grid.
 */
export function moveLayer(element: HTMLElement, offset: Point): void {
  element.style.transform = translateTransform(offset);
  if (!element.style.willChange) element.style.willChange = 'transform';
}

export function setScale(element: HTMLElement, zoom: number): void {
  const value = scaleTransform(zoom);
  if (element.style.transform !== value) element.style.transform = value;
}

export const requestFrame = (callback: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(callback);
  else setTimeout(callback, 16);
};
