import { type CSSProperties, type ReactNode, useEffect, useId, useRef } from 'react';
import { toFeColorMatrix } from './colour-matrices';
import {
  cssFilter,
  type FieldMask,
  gaussianKernel,
  MIN_BLUR_PX,
  type SimulationPlan,
} from './simulation';

interface VisionStageProps {
  plan: SimulationPlan;
  /** Follow the pointer and keyboard focus; otherwise the middle of the screen. */
  follow: boolean;
  /** With reduced motion the view moves only on click or focus, never with every pointer move. */
  reducedMotion: boolean;
  /** Classes applied to the scene in place (the "Try what helps" supports). */
  supportClasses: string;
  /**
   * Device pixels per CSS pixel: a convolution kernel is drawn in device pixels
   * (measured: at 2×, a kernel of σ 3 spread an edge by 3 device pixels, not 6).
   */
  pixelRatio: number;
  children: ReactNode;
}

/** Width of the hemianopia mask: wider than any scene, so its far edge is never seen. */
const HEMI_WIDTH = 6000;

/** Where the mask element must be put so that its hole (or edge) sits at the fixation point. */
function maskTransform(mask: FieldMask, x: number, y: number): string {
  if (mask.kind === 'hemianopia') {
    const left = mask.side === 'left' ? x - HEMI_WIDTH : x;
    return `translate3d(${Math.round(left)}px, 0, 0)`;
  }
  const r = mask.radiusPx;
  return `translate3d(${Math.round(x - r)}px, ${Math.round(y - r)}px, 0)`;
}

/**
 * The one element the simulation is applied to. The controls are never
 * inside it, so the person can always switch the simulation off. The field
 * masks (tunnel, blind spot, hemianopia) are painted once and then only moved
 * with a compositor transform, at most once per animation frame, as the
 * pointer or keyboard focus moves; nothing in the scene is restyled, so the
 * 125-lesson timetable is not re-laid out or repainted when the view moves.
 */
export function VisionStage({
  plan,
  follow,
  reducedMotion,
  supportClasses,
  pixelRatio,
  children,
}: VisionStageProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const maskRef = useRef<HTMLDivElement>(null);
  const filterId = `vision-colour-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const mask = plan.mask;
  const maskKey = mask
    ? `${mask.kind}:${'radiusPx' in mask ? Math.round(mask.radiusPx) : mask.side}`
    : '';
  const maskRefValue = useRef(mask);
  maskRefValue.current = mask;

  // Where the person last pointed or tabbed to, kept across changes of severity or condition.
  const pointerRef = useRef<{ x: number; y: number } | null>(null);
  const focusedRef = useRef<Element | null>(null);

  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || !maskKey) return;
    let frame = 0;

    const place = () => {
      frame = 0;
      const current = maskRefValue.current;
      const element = maskRef.current;
      if (!current || !element) return;
      const rect = stage.getBoundingClientRect();
      // Until the person points or tabs somewhere, look at the middle of the part of the scene on screen.
      let x = (Math.max(rect.left, 0) + Math.min(rect.right, window.innerWidth)) / 2;
      let y = (Math.max(rect.top, 0) + Math.min(rect.bottom, window.innerHeight)) / 2;
      const pointer = pointerRef.current;
      const focused = focusedRef.current;
      if (follow && pointer) ({ x, y } = pointer);
      else if (follow && focused?.isConnected) {
        const target = focused.getBoundingClientRect();
        x = target.left + target.width / 2;
        y = target.top + target.height / 2;
      }
      element.style.transform = maskTransform(current, x - rect.left, y - rect.top);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    const onPointerMove = (event: PointerEvent) => {
      if (reducedMotion) return;
      pointerRef.current = { x: event.clientX, y: event.clientY };
      schedule();
    };
    const onPointerDown = (event: PointerEvent) => {
      pointerRef.current = { x: event.clientX, y: event.clientY };
      schedule();
    };
    const onFocusIn = (event: FocusEvent) => {
      // The keyboard alternative to the pointer: the view moves to what has focus.
      focusedRef.current = event.target as Element;
      pointerRef.current = null;
      schedule();
    };
    place();
    stage.addEventListener('pointermove', onPointerMove);
    stage.addEventListener('pointerdown', onPointerDown);
    stage.addEventListener('focusin', onFocusIn);
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      stage.removeEventListener('pointermove', onPointerMove);
      stage.removeEventListener('pointerdown', onPointerDown);
      stage.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [follow, reducedMotion, maskKey]);

  const blurId = `${filterId}-blur`;
  const filter = cssFilter(plan, filterId, blurId);
  const kernel =
    plan.blurPx >= MIN_BLUR_PX ? gaussianKernel(plan.blurPx * pixelRatio).join(' ') : null;
  const taps = kernel ? kernel.split(' ').length : 0;
  const maskStyle: CSSProperties | undefined = !mask
    ? undefined
    : mask.kind === 'hemianopia'
      ? ({
          width: HEMI_WIDTH,
          opacity: mask.opacity,
          '--f': `${mask.featherPx}px`,
        } as CSSProperties)
      : ({
          width: mask.radiusPx * 2,
          height: mask.radiusPx * 2,
          '--f': `${Math.round(mask.featherPx)}px`,
        } as CSSProperties);

  return (
    <div className="vision-stage" ref={stageRef} data-vision-stage="">
      {(plan.colourMatrix || kernel) && (
        <svg className="vision-stage__defs" aria-hidden="true" focusable="false">
          {/* linearRGB: the Machado matrices apply to linear light, not to sRGB-encoded values. */}
          {plan.colourMatrix && (
            <filter id={filterId} colorInterpolationFilters="linearRGB">
              <feColorMatrix type="matrix" values={toFeColorMatrix(plan.colourMatrix)} />
            </filter>
          )}
          {/* sRGB, as CSS blur() was: the edge a viewer sees, measured by tests/e2e/vision-blur.test.ts. */}
          {kernel && (
            <filter id={blurId} colorInterpolationFilters="sRGB" data-vision-blur={plan.blurPx}>
              <feConvolveMatrix order={`${taps} 1`} kernelMatrix={kernel} edgeMode="none" />
              <feConvolveMatrix order={`1 ${taps}`} kernelMatrix={kernel} edgeMode="none" />
            </filter>
          )}
        </svg>
      )}
      <div
        className={`vision-stage__scene ${kernel ? 'vision-stage__scene--kernel' : ''} ${supportClasses}`
          .replace(/\s+/g, ' ')
          .trim()}
        style={{ filter }}
        data-vision-filtered=""
      >
        {children}
      </div>
      {mask && (
        <div className="vision-stage__masks" aria-hidden="true">
          <div
            ref={maskRef}
            className={`vision-mask vision-mask--${mask.kind === 'hemianopia' ? `hemianopia-${mask.side}` : mask.kind}`}
            style={maskStyle}
            data-vision-mask={mask.kind}
          />
        </div>
      )}
      {plan.tint && (
        <div className="vision-stage__tint" style={{ background: plan.tint }} aria-hidden="true" />
      )}
      {plan.glare > 0 && (
        <div className="vision-stage__glare" style={{ opacity: plan.glare }} aria-hidden="true" />
      )}
    </div>
  );
}
