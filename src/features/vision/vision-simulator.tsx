import { useCallback, useId, useRef } from 'react';
import { Link } from 'wouter';
import { useAnnounce } from '../../shared/announcer';
import {
  SCENE_SUPPORT_CLASSES,
  ScenePicker,
  SceneTaskList,
  usePracticeScene,
} from '../../shared/practice-scenes';
import { useAppStore } from '../../store/store-context';
import {
  CONDITIONS,
  type ConditionId,
  conditionById,
  SUPPORT_LABELS,
  type SupportId,
} from './conditions';
import { planSimulation } from './simulation';
import { usePrefersReducedMotion } from './use-reduced-motion';
import { useVisionSettings } from './use-vision-settings';
import { VIEWING_PRESETS, type ViewingPresetId, viewingFor } from './viewing';
import { isInPlaceSupport, SCENE_STORAGE_KEY } from './vision-settings';
import { VisionStage } from './vision-stage';
import './vision.css';

/** Supports that open another tool, and where. Only tools that exist in the app are linked. */
const TOOL_LINKS: Partial<Record<SupportId, string>> = {
  magnifier: '/tools/magnifier',
  'read-aloud': '/tools/read-aloud',
};

const SUPPORT_CLASS: Partial<Record<SupportId, string>> = {
  'larger-text': SCENE_SUPPORT_CLASSES.largerText,
  contrast: SCENE_SUPPORT_CLASSES.highContrast,
  'key-words': SCENE_SUPPORT_CLASSES.keyWords,
};

export interface VisionSimulatorProps {
  /** Level of the simulator's section headings (2 on its own page, 3 inside an exercise). */
  headingLevel?: 2 | 3;
  initialSceneId?: string;
}

/** The vision simulator: controls, then the practice scene the simulation applies to. */
export function VisionSimulator({ headingLevel = 2, initialSceneId }: VisionSimulatorProps) {
  const H = `h${headingLevel}` as const;
  const H2 = `h${headingLevel + 1}` as 'h3' | 'h4';
  const ids = useId();
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const reducedMotion = usePrefersReducedMotion();
  const { settings, update } = useVisionSettings();
  const condition = conditionById(settings.condition);
  const viewing = viewingFor(
    settings.viewing,
    typeof window === 'undefined' ? 1280 : window.innerWidth,
  );
  const plan = planSimulation(settings.condition, settings.severity, {
    side: settings.side,
    viewing,
  });
  // The task-done callback is stable; it reads the simulation in force when the task is done.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const onTaskDone = useCallback(
    (sceneId: string, taskId: string) => {
      emit({
        type: 'scene/task-done',
        sceneId,
        taskId,
        tool: 'vision',
        condition: settingsRef.current.condition,
        severity: settingsRef.current.severity,
        ...(settingsRef.current.condition === 'hemianopia'
          ? { side: settingsRef.current.side }
          : {}),
      });
      announce('Task done.');
    },
    [emit, announce],
  );
  const { scene, setSceneId, done, sceneProps, reset } = usePracticeScene({
    storageKey: SCENE_STORAGE_KEY,
    ...(initialSceneId ? { initialSceneId } : {}),
    onTaskDone,
  });

  // In-place supports belong to the condition they were chosen for.
  const supports = condition.supports.filter((s) => TOOL_LINKS[s] || isInPlaceSupport(s));
  const activeSupports = settings.supports.filter((s) => supports.includes(s));
  const supportClasses = activeSupports.map((s) => SUPPORT_CLASS[s] ?? '').join(' ');
  const hasFieldMask = ['central-loss', 'tunnel', 'hemianopia'].includes(settings.condition);

  const chooseCondition = (id: ConditionId) => {
    update({ condition: id, supports: [] });
    emit({
      type: 'vision/changed',
      condition: id,
      severity: settings.severity,
      by: 'condition',
      ...(id === 'hemianopia' ? { side: settings.side } : {}),
    });
    const next = conditionById(id);
    const nextPlan = planSimulation(id, settings.severity, { side: settings.side, viewing });
    announce(
      id === 'none'
        ? 'Simulation off.'
        : `${next.label} simulation on, ${nextPlan.severityText}. An approximation.`,
    );
  };

  const setSeverity = (severity: number) => {
    update({ severity });
    emit({
      type: 'vision/changed',
      condition: settings.condition,
      severity,
      by: 'severity',
      ...(settings.condition === 'hemianopia' ? { side: settings.side } : {}),
    });
  };

  const toggleSupport = (support: SupportId) => {
    const on = !activeSupports.includes(support);
    update({
      supports: on ? [...activeSupports, support] : activeSupports.filter((s) => s !== support),
    });
    if (on) emit({ type: 'vision/support-tried', condition: settings.condition, support });
    announce(`${SUPPORT_LABELS[support]} ${on ? 'on' : 'off'}.`);
  };

  const describedBy = `${ids}-about`;

  return (
    <div className="vision">
      <section className="vision-controls" aria-labelledby={`${ids}-controls`}>
        <H id={`${ids}-controls`} className="vision-controls__heading">
          Simulation
        </H>
        <div className="field">
          <label htmlFor={`${ids}-condition`}>Simulated condition</label>
          <select
            id={`${ids}-condition`}
            value={settings.condition}
            aria-describedby={settings.condition === 'none' ? undefined : describedBy}
            onChange={(event) => chooseCondition(event.target.value as ConditionId)}
          >
            {CONDITIONS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--range">
          <label htmlFor={`${ids}-severity`}>Severity</label>
          <div className="range-row">
            <input
              id={`${ids}-severity`}
              type="range"
              min={0}
              max={100}
              step={5}
              value={Math.round(settings.severity * 100)}
              aria-valuetext={plan.severityText}
              onChange={(event) => setSeverity(Number(event.target.value) / 100)}
            />
          </div>
          <output htmlFor={`${ids}-severity`} className="vision-controls__value">
            {plan.severityText}
          </output>
        </div>
        {['blur', 'cataract', 'achromatopsia', 'central-loss', 'tunnel'].includes(
          settings.condition,
        ) && (
          <div className="field">
            <label htmlFor={`${ids}-viewing`}>Viewing distance</label>
            <select
              id={`${ids}-viewing`}
              value={settings.viewing}
              aria-describedby={`${ids}-viewing-hint`}
              onChange={(event) => update({ viewing: event.target.value as ViewingPresetId })}
            >
              {VIEWING_PRESETS.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {preset.label}
                </option>
              ))}
            </select>
            <p className="hint" id={`${ids}-viewing-hint`}>
              Where the viewer sits. Blur and field loss are angles, so they cover more of a screen
              seen close up. Projector: a picture 2 m wide.
            </p>
          </div>
        )}
        {settings.condition === 'hemianopia' && (
          <fieldset className="fieldset vision-controls__group">
            <legend className="legend">Side that is lost</legend>
            {(['left', 'right'] as const).map((side) => (
              <div className="radio" key={side}>
                <input
                  type="radio"
                  id={`${ids}-side-${side}`}
                  name={`${ids}-side`}
                  checked={settings.side === side}
                  onChange={() => {
                    update({ side });
                    emit({
                      type: 'vision/changed',
                      condition: 'hemianopia',
                      severity: settings.severity,
                      by: 'side',
                      side,
                    });
                  }}
                />
                <label htmlFor={`${ids}-side-${side}`}>{side === 'left' ? 'Left' : 'Right'}</label>
              </div>
            ))}
          </fieldset>
        )}
        {hasFieldMask && (
          <fieldset className="fieldset vision-controls__group">
            <legend className="legend">Where you look</legend>
            <div className="radio">
              <input
                type="radio"
                id={`${ids}-follow`}
                name={`${ids}-look`}
                checked={settings.follow}
                onChange={() => update({ follow: true })}
              />
              <label htmlFor={`${ids}-follow`}>Follow my pointer and keyboard focus</label>
            </div>
            <div className="radio">
              <input
                type="radio"
                id={`${ids}-centre`}
                name={`${ids}-look`}
                checked={!settings.follow}
                onChange={() => update({ follow: false })}
              />
              <label htmlFor={`${ids}-centre`}>The middle of the scene on screen</label>
            </div>
          </fieldset>
        )}
        {settings.condition !== 'none' && (
          <div className="vision-about" id={describedBy}>
            <p className="vision-about__tag">
              <strong>An approximation</strong>, not a diagnosis: one person's experience.
            </p>
            <blockquote className="vision-about__quote">
              <p>{condition.description}</p>
            </blockquote>
            <p className="hint">{condition.approximation}</p>
          </div>
        )}
        {supports.length > 0 && (
          <section className="vision-helps" aria-labelledby={`${ids}-helps`}>
            <H2 id={`${ids}-helps`}>Try what helps</H2>
            <div className="button-row">
              {supports.map((support) => {
                const href = TOOL_LINKS[support];
                if (href) {
                  return (
                    <Link
                      key={support}
                      href={href}
                      className="button button--secondary"
                      onClick={() =>
                        emit({
                          type: 'vision/support-tried',
                          condition: settings.condition,
                          support,
                        })
                      }
                    >
                      {SUPPORT_LABELS[support]}
                    </Link>
                  );
                }
                return (
                  <button
                    key={support}
                    type="button"
                    className="button button--secondary"
                    aria-pressed={activeSupports.includes(support)}
                    onClick={() => toggleSupport(support)}
                  >
                    {SUPPORT_LABELS[support]}
                  </button>
                );
              })}
            </div>
          </section>
        )}
        {settings.condition !== 'none' && (
          <button type="button" className="button" onClick={() => chooseCondition('none')}>
            Switch the simulation off
          </button>
        )}
      </section>

      <section className="vision-scene" aria-labelledby={`${ids}-scene`}>
        <H id={`${ids}-scene`}>Practice scene</H>
        <div className="vision-scene__bar">
          <ScenePicker sceneId={scene.id} onChange={setSceneId} />
          <button type="button" className="button button--secondary" onClick={reset}>
            Start the scene again
          </button>
        </div>
        <SceneTaskList scene={scene} done={done} headingLevel={headingLevel === 2 ? 3 : 4} />
        <VisionStage
          plan={plan}
          follow={settings.follow}
          reducedMotion={reducedMotion}
          supportClasses={supportClasses}
          pixelRatio={typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1}
        >
          <scene.Scene {...sceneProps} />
        </VisionStage>
      </section>
    </div>
  );
}
