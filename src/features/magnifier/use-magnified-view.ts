import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { caretClientRect, isTextField } from './caret-rect';
import { follow, moveLayer, pathFrom, requestFrame, setScale, sizeOf } from './magnified-view-dom';
import {
  centredOffset,
  centreOf,
  clampOffset,
  followRect,
  lensAvoiding,
  lensRect,
  movePoint,
  type Point,
  proportionalOffset,
  type Rect,
  rezoomOffset,
  type Size,
  toSceneRect,
} from './magnifier-geometry';
import type { MagnifierSettings } from './magnifier-settings';

/** What to follow next frame; the last input of a frame wins, except key moves, which add up. */
type Pending =
  | { kind: 'pointer'; clientX: number; clientY: number }
  | { kind: 'focus'; element: Element }
  | { kind: 'caret'; element: Element }
  | { kind: 'move'; dx: number; dy: number }
  | { kind: 'refresh' };

export interface ViewRefs {
  /** The box the real scene sits in (the "Magnified view" itself in full screen). */
  frame: RefObject<HTMLDivElement | null>;
  /** Moves the real scene in full screen (translate only, on its own compositor layer). */
  sceneMover: RefObject<HTMLDivElement | null>;
  /** The real, interactive scene (scaled in full screen). */
  scene: RefObject<HTMLDivElement | null>;
  /** The lens or the docked strip: the window the copy is seen through. */
  window: RefObject<HTMLElement | null>;
  /** Moves the copy inside that window (translate only, on its own compositor layer). */
  copy: RefObject<HTMLDivElement | null>;
  /** The inert copy itself, scaled. */
  copyScaled: RefObject<HTMLDivElement | null>;
}

export interface MagnifiedView {
  refs: ViewRefs;
  /** Follow the pointer (pointermove over the scene). */
  pointerAt(clientX: number, clientY: number): void;
  /** Follow keyboard focus that moved to this element inside the scene. */
  focusOn(element: Element): void;
  /** Follow the text caret in this field. */
  caretIn(element: Element): void;
  /** Move the lens or pan the view by keyboard, in scene pixels. */
  move(dx: number, dy: number): void;
}

/**
 * Moves the magnified view: every input (pointer, focus, caret, keys, a
 * change of settings) is recorded and at most one update is made per
 * animation frame, which reads the layout once and then writes only
 * `transform`, `width` and `height`. Nothing re-renders in React as the
 * pointer moves. Only translating elements get `will-change`; the scaled
 * ones never do, so Chrome paints the text at its magnified size and it
 * stays sharp (see moveLayer in magnified-view-dom.ts).
 */
export function useMagnifiedView(
  settings: MagnifierSettings,
  lensOpen: boolean,
  /** True once the stage is on the page (its elements exist). */
  mounted: boolean,
): MagnifiedView {
  const refs: ViewRefs = {
    frame: useRef<HTMLDivElement>(null),
    sceneMover: useRef<HTMLDivElement>(null),
    scene: useRef<HTMLDivElement>(null),
    window: useRef<HTMLElement>(null),
    copy: useRef<HTMLDivElement>(null),
    copyScaled: useRef<HTMLDivElement>(null),
  };
  const live = useRef({ settings, lensOpen });
  live.current = { settings, lensOpen };
  const pending = useRef<Pending | null>(null);
  const scheduled = useRef(false);
  const scrolled = useRef(new Set<Element>());
  const view = useRef({
    /** Scene point shown in the middle of the lens or docked strip. */
    target: { x: 0, y: 0 } as Point,
    /** Where the lens sits (its middle), in scene pixels. */
    lensCentre: { x: 0, y: 0 } as Point,
    /** A scene rectangle the lens must not cover (the focused element). */
    avoid: null as Rect | null,
    fullOffset: { x: 0, y: 0 } as Point,
    zoom: settings.zoom,
    mode: settings.mode,
    started: false,
  });

  const apply = useCallback(() => {
    scheduled.current = false;
    const frame = refs.frame.current;
    const scene = refs.scene.current;
    const mover = refs.sceneMover.current;
    if (!frame || !scene || !mover) return;
    const { settings: s, lensOpen: open } = live.current;
    const state = view.current;
    const content: Size = { width: scene.offsetWidth, height: scene.offsetHeight };
    if (!state.started) {
      state.target = { x: content.width / 2, y: content.height / 4 };
      state.lensCentre = state.target;
      state.started = true;
    }
    const inFull = s.mode === 'full-screen';
    const drawnZoom = inFull && state.mode === 'full-screen' ? state.zoom : 1;
    const job = pending.current;
    pending.current = null;

    const sceneRectOf = (element: Element): Rect | null => {
      const origin = scene.getBoundingClientRect();
      if (job?.kind === 'caret' && isTextField(element)) {
        const caret = caretClientRect(element, drawnZoom);
        return caret ? toSceneRect(caret, origin, drawnZoom) : null;
      }
      return toSceneRect(element.getBoundingClientRect(), origin, drawnZoom);
    };
    const focusedRect = (): Rect | null => {
      const active = document.activeElement;
      if (!active || !scene.contains(active) || active === scene) return null;
      try {
        if (!active.matches(':focus-visible')) return null;
      } catch {
        // Older engines without :focus-visible: treat all focus as visible.
      }
      return sceneRectOf(active);
    };

    if (inFull) {
      const size = sizeOf(frame);
      let offset = state.fullOffset;
      if (state.mode !== 'full-screen') {
        offset = centredOffset(state.target, size, content, s.zoom);
      } else if (state.zoom !== s.zoom) {
        offset = rezoomOffset(offset, size, content, state.zoom, s.zoom);
      }
      if (job?.kind === 'pointer') {
        const box = frame.getBoundingClientRect();
        const at = {
          x: job.clientX - box.left - frame.clientLeft,
          y: job.clientY - box.top - frame.clientTop,
        };
        offset = proportionalOffset(at, size, content, s.zoom);
      } else if (job?.kind === 'focus' || job?.kind === 'caret') {
        // The whole field first (when it fits), then the caret within it.
        const field = toSceneRect(
          job.element.getBoundingClientRect(),
          scene.getBoundingClientRect(),
          drawnZoom,
        );
        offset = followRect(offset, field, size, content, s.zoom);
        const caret = job.kind === 'caret' ? sceneRectOf(job.element) : null;
        if (caret) offset = followRect(offset, caret, size, content, s.zoom);
      } else if (job?.kind === 'move') {
        offset = { x: offset.x - job.dx * 2, y: offset.y - job.dy * 2 };
      }
      offset = clampOffset(offset, size, content, s.zoom);
      state.fullOffset = offset;
      state.target = {
        x: (size.width / 2 - offset.x) / s.zoom,
        y: (size.height / 2 - offset.y) / s.zoom,
      };
      moveLayer(mover, offset);
      setScale(scene, s.zoom);
    } else {
      // Only write what changed: a write before the reads below would force an extra style pass.
      if (scene.style.transform) scene.style.transform = '';
      if (mover.style.transform) {
        mover.style.transform = '';
        mover.style.willChange = '';
      }
      if (job?.kind === 'pointer') {
        const origin = scene.getBoundingClientRect();
        const at = { x: job.clientX - origin.left, y: job.clientY - origin.top };
        state.lensCentre = at;
        if (s.mode === 'lens' || s.followPointer) state.target = at;
        state.avoid = s.mode === 'lens' ? focusedRect() : null;
      } else if (job?.kind === 'focus' || job?.kind === 'caret') {
        const rect = sceneRectOf(job.element);
        if (rect) {
          state.target = centreOf(rect);
          state.lensCentre = state.target;
          state.avoid = s.mode === 'lens' ? (focusedRect() ?? rect) : null;
        }
      } else if (job?.kind === 'move') {
        state.target = movePoint(state.target, job.dx, job.dy, content);
        state.lensCentre = state.target;
        state.avoid = s.mode === 'lens' ? focusedRect() : null;
      }
      const win = refs.window.current;
      const copy = refs.copy.current;
      const scaled = refs.copyScaled.current;
      if (win && copy && scaled && (s.mode === 'docked' || open)) {
        // Read before writing, so the frame never forces a second style and layout pass.
        let size: Size = sizeOf(win);
        const border = win.clientLeft;
        if (s.mode === 'lens') {
          let box = lensRect(
            state.lensCentre,
            { width: s.lensWidth, height: s.lensHeight },
            content,
          );
          if (state.avoid) box = lensAvoiding(box, state.avoid, content);
          win.style.width = `${box.width}px`;
          win.style.height = `${box.height}px`;
          moveLayer(win, box); // the lens window is never scaled, so it may have its own layer
          size = { width: box.width - 2 * border, height: box.height - 2 * border };
        }
        if (scaled.style.width !== `${content.width}px`) scaled.style.width = `${content.width}px`;
        setScale(scaled, s.zoom);
        moveLayer(copy, centredOffset(state.target, size, content, s.zoom));
        // Scrolled boxes inside the scene (the timetable on a narrow screen) scroll the copy too.
        const copyScene = scaled.firstElementChild;
        const realScene = scene.firstElementChild;
        if (copyScene && realScene) {
          for (const element of scrolled.current) {
            const path = pathFrom(realScene, element);
            const twin = path && follow(copyScene, path);
            if (twin) {
              twin.scrollLeft = element.scrollLeft;
              twin.scrollTop = element.scrollTop;
            }
          }
        }
      }
    }
    state.zoom = s.zoom;
    state.mode = s.mode;
  }, [refs.frame, refs.scene, refs.sceneMover, refs.window, refs.copy, refs.copyScaled]);

  const schedule = useCallback(
    (job: Pending) => {
      const previous = pending.current;
      if (job.kind === 'move' && previous?.kind === 'move') {
        pending.current = { kind: 'move', dx: previous.dx + job.dx, dy: previous.dy + job.dy };
      } else if (job.kind !== 'refresh' || previous === null) {
        pending.current = job;
      }
      if (scheduled.current) return;
      scheduled.current = true;
      requestFrame(apply);
    },
    [apply],
  );

  // A change of mode, zoom, lens size or lens open: redraw from the same point.
  // biome-ignore lint/correctness/useExhaustiveDependencies: these are the triggers, read through `live`.
  useEffect(() => {
    schedule({ kind: 'refresh' });
  }, [
    schedule,
    settings.mode,
    settings.zoom,
    settings.lensWidth,
    settings.lensHeight,
    lensOpen,
    mounted,
  ]);

  // Keep the view right when the scene or the window changes size, and mirror inner scrolling.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `mounted` says when the scene element exists.
  useEffect(() => {
    const scene = refs.scene.current;
    if (!scene) return;
    const onScroll = (event: Event) => {
      if (event.target instanceof Element && event.target !== scene) {
        scrolled.current.add(event.target);
        schedule({ kind: 'refresh' });
      }
    };
    scene.addEventListener('scroll', onScroll, { capture: true, passive: true });
    let observer: ResizeObserver | undefined;
    if (typeof ResizeObserver === 'function') {
      observer = new ResizeObserver(() => schedule({ kind: 'refresh' }));
      observer.observe(scene);
    }
    return () => {
      scene.removeEventListener('scroll', onScroll, { capture: true });
      observer?.disconnect();
    };
  }, [refs.scene, schedule, mounted]);

  return {
    refs,
    pointerAt: useCallback(
      (clientX, clientY) => schedule({ kind: 'pointer', clientX, clientY }),
      [schedule],
    ),
    focusOn: useCallback((element) => schedule({ kind: 'focus', element }), [schedule]),
    caretIn: useCallback((element) => schedule({ kind: 'caret', element }), [schedule]),
    move: useCallback((dx, dy) => schedule({ kind: 'move', dx, dy }), [schedule]),
  };
}
