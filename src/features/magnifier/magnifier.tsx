import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useAnnounce } from '../../shared/announcer';
import { ScenePicker, SceneTaskList, usePracticeScene } from '../../shared/practice-scenes';
import { useAppStore } from '../../store/store-context';
import './magnifier.css';
import { MagnifierControlsForm } from './magnifier-controls';
import { type MagnifierAction, toolShortcut } from './magnifier-keys';
import { MagnifierStage } from './magnifier-stage';
import { ShortcutsHelp } from './shortcuts-help';
import { useMagnifiedView } from './use-magnified-view';
import { useMagnifier } from './use-magnifier';

export interface MagnifierProps {
  /** Storage prefix for the practice scene's state (the free-practice page and each exercise keep their own). */
  sceneStorageKey: string;
  initialSceneId?: string;
  /** Heading level of the tool's own headings (2 on its page, 3 inside an exercise). */
  headingLevel?: 2 | 3;
}

/**
 * The magnifier: settings (use-magnifier) → view movement (use-magnified-view)
 * → these components. Shortcut keys work anywhere inside it.
 */
export function Magnifier({ sceneStorageKey, initialSceneId, headingLevel = 2 }: MagnifierProps) {
  const controls = useMagnifier();
  const { settings, ready, update, zoomBy, cycleMode } = controls;
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const [lensOpen, setLensOpen] = useState(true);
  const root = useRef<HTMLDivElement>(null);
  const focusLensToggle = useRef(false);
  // The zoom the person is actually seeing: 1× while the lens is closed.
  const zoom = useRef(settings.zoom);
  zoom.current = settings.mode === 'lens' && !lensOpen ? 1 : settings.zoom;

  const scene = usePracticeScene({
    storageKey: sceneStorageKey,
    ...(initialSceneId ? { initialSceneId } : {}),
    onTaskDone: (sceneId, taskId) => {
      emit({ type: 'scene/task-done', sceneId, taskId, tool: 'magnifier', zoom: zoom.current });
      announce('Task done.');
    },
  });
  const view = useMagnifiedView(settings, lensOpen, ready);

  const openLens = useCallback((open: boolean) => {
    setLensOpen(open);
  }, []);

  // After Escape closed the lens while it had focus, focus goes to "Show lens", never to nowhere.
  useEffect(() => {
    if (!lensOpen && focusLensToggle.current) {
      focusLensToggle.current = false;
      root.current?.querySelector<HTMLElement>('[data-lens-toggle]')?.focus();
    }
  }, [lensOpen]);

  const act = (action: MagnifierAction) => {
    switch (action.type) {
      case 'zoom':
        zoomBy(action.direction, { announce: true });
        break;
      case 'next-mode':
        cycleMode();
        break;
      case 'toggle-invert':
        update({ invert: !settings.invert }, { announce: true });
        break;
      case 'move':
        if (settings.mode === 'lens' && !lensOpen) setLensOpen(true);
        view.move(action.dx, action.dy);
        break;
      case 'close-lens':
        if (settings.mode !== 'lens' || !lensOpen) return;
        focusLensToggle.current =
          view.refs.window.current?.contains(document.activeElement) ?? false;
        setLensOpen(false);
        announce('Lens closed. Move the pointer over the scene or choose "Show lens" to open it.');
        break;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const shortcut = toolShortcut(event);
    if (shortcut) {
      event.preventDefault();
      act(shortcut);
    } else if (
      event.key === 'Escape' &&
      settings.mode === 'lens' &&
      lensOpen &&
      !event.defaultPrevented
    ) {
      act({ type: 'close-lens' });
    }
  };

  const Heading = `h${headingLevel}` as const;

  // Until the settings are read (a few milliseconds), hold the tool's place whole, so the
  // controls arriving do not push the rest of it down the page (a layout shift).
  if (!ready) {
    return (
      <div className="magnifier magnifier--loading">
        <p className="loading">Loading your magnifier settings…</p>
      </div>
    );
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: shortcut keys for everything inside the tool; each also has a control.
    <div className="magnifier" ref={root} onKeyDown={onKeyDown}>
      <Heading className="magnifier__heading">Magnifier settings</Heading>
      <MagnifierControlsForm controls={controls} lensOpen={lensOpen} onLensOpen={openLens} />
      <ShortcutsHelp />

      <Heading className="magnifier__heading">Practice scene</Heading>
      <div className="magnifier-scene-bar">
        <ScenePicker sceneId={scene.scene.id} onChange={scene.setSceneId} />
        <button type="button" className="button button--secondary" onClick={scene.reset}>
          Clear this scene
        </button>
      </div>
      <SceneTaskList
        scene={scene.scene}
        done={scene.done}
        headingLevel={headingLevel === 2 ? 3 : 4}
      />
      <MagnifierStage
        settings={settings}
        scene={scene}
        view={view}
        lensOpen={lensOpen}
        onLensReopen={() => setLensOpen(true)}
        onAction={act}
      />
    </div>
  );
}
