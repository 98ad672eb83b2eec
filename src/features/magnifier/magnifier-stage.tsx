import type { KeyboardEvent, ReactNode } from 'react';
import type { PracticeSceneHandle } from '../../shared/practice-scenes';
import { isTextField } from './caret-rect';
import { formatZoom } from './magnifier-geometry';
import { type MagnifierAction, viewKey } from './magnifier-keys';
import type { MagnifierSettings } from './magnifier-settings';
import type { MagnifiedView } from './use-magnified-view';

const VIEW_NAME = 'Magnified view';

/**
 * The practice scene with the magnified view: a lens over it, a docked strip
 * above it, or (full screen) the scene itself zoomed inside a clipped frame.
 * In lens and docked modes the view shows the scene's inert, aria-hidden
 * copy, rendered from the same state, so it stays in step as the person types.
 */
export function MagnifierStage({
  settings,
  scene,
  view,
  lensOpen,
  onLensReopen,
  onAction,
}: {
  settings: MagnifierSettings;
  scene: PracticeSceneHandle;
  view: MagnifiedView;
  lensOpen: boolean;
  onLensReopen(): void;
  onAction(action: MagnifierAction): void;
}) {
  const { mode, zoom } = settings;
  const { Scene } = scene.scene;
  const full = mode === 'full-screen';

  const onViewKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return; // keys inside the scene are the scene's own
    const action = viewKey(event);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    onAction(action);
  };

  const inScene = (target: EventTarget) =>
    target instanceof Element && view.refs.scene.current?.contains(target) === true;

  const copy = (
    <div ref={view.refs.copy} className={`magnifier-copy${settings.invert ? ' is-inverted' : ''}`}>
      <div ref={view.refs.copyScaled} className="magnifier-copy__scaled">
        <Scene {...scene.sceneProps} copy />
      </div>
    </div>
  );

  const description = (text: ReactNode) => <p className="visually-hidden">{text}</p>;

  return (
    <div
      className={`magnifier-stage magnifier-stage--${mode}${settings.smoothing ? '' : ' is-crisp'}`}
      data-pointer={settings.pointer}
    >
      {mode === 'docked' && (
        <section
          ref={view.refs.window}
          className="magnifier-window magnifier-dock"
          aria-label={VIEW_NAME}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the view takes focus so +, − and the arrow keys can zoom and move it.
          tabIndex={0}
          onKeyDown={onViewKey}
        >
          {description(
            `Docked view at ${formatZoom(zoom)}, showing the scene below magnified. Use the scene itself with a screen reader. Arrow keys move the view; plus and minus zoom.`,
          )}
          {copy}
        </section>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer following is an extra; every action also works by keyboard. */}
      <div
        ref={view.refs.frame}
        className="magnifier-frame"
        {...(full
          ? { role: 'region', 'aria-label': VIEW_NAME, tabIndex: 0, onKeyDown: onViewKey }
          : {})}
        onPointerMove={(event) => {
          if (mode === 'lens' || settings.followPointer)
            view.pointerAt(event.clientX, event.clientY);
        }}
        onPointerDown={(event) => view.pointerAt(event.clientX, event.clientY)}
        onPointerEnter={() => mode === 'lens' && !lensOpen && onLensReopen()}
        onFocus={(event) => {
          if (!inScene(event.target)) return;
          const target = event.target as Element;
          if (isTextField(target) && settings.followCaret) view.caretIn(target);
          else if (settings.followFocus) view.focusOn(target);
        }}
        onSelect={(event) => {
          if (settings.followCaret && inScene(event.target) && isTextField(event.target)) {
            view.caretIn(event.target);
          }
        }}
      >
        {mode === 'lens' && lensOpen && (
          <section
            ref={view.refs.window}
            className="magnifier-window magnifier-lens"
            aria-label={VIEW_NAME}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the lens takes focus so the arrow keys can move it and Escape close it.
            tabIndex={0}
            onKeyDown={onViewKey}
          >
            {description(
              `Lens at ${formatZoom(zoom)}, showing the scene under it magnified. Use the scene itself with a screen reader. Arrow keys move the lens; plus and minus zoom; Escape closes it.`,
            )}
            {copy}
          </section>
        )}
        <div ref={view.refs.sceneMover} className="magnifier-mover">
          <div
            ref={view.refs.scene}
            className={`magnifier-scene${full && settings.invert ? ' is-inverted' : ''}`}
          >
            <Scene {...scene.sceneProps} />
          </div>
        </div>
      </div>
    </div>
  );
}
