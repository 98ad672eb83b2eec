import './practice-scenes.css';
import { applySceneChange, controlProps, sceneRootProps, useSceneIds } from './scene-change';
import type { SceneProps } from './types';
import {
  PLANT_PARTS,
  type PlantPartId,
  type WorksheetState,
  worksheetTasks,
} from './worksheet-model';

const SCENE_ID = 'worksheet';

/** Where each label sits over the diagram (percent of the drawing's width and height). */
const LABEL_POSITIONS: Record<PlantPartId, { left: number; top: number }> = {
  petal: { left: 66, top: 8 },
  leaf: { left: 2, top: 40 },
  stem: { left: 68, top: 52 },
  roots: { left: 4, top: 82 },
};

const colour = (id: PlantPartId) => PLANT_PARTS.find((part) => part.id === id)?.colour ?? '#000';

function PlantDrawing() {
  // Leader lines run from each label's edge to its part of the plant.
  return (
    <svg viewBox="0 0 400 400" className="worksheet__drawing" aria-hidden="true" focusable="false">
      <rect x="0" y="300" width="400" height="100" fill="#c9b38f" />
      <line x1="0" y1="300" x2="400" y2="300" stroke="#5b4a2f" strokeWidth="2" />
      {/* Roots */}
      <g stroke={colour('roots')} strokeWidth="7" strokeLinecap="round" fill="none">
        <path d="M200 300 C195 330 170 350 150 380" />
        <path d="M200 300 C205 335 230 355 255 385" />
        <path d="M200 300 L200 390" />
        <path d="M185 335 C170 340 150 340 130 350" />
        <path d="M215 340 C235 345 255 340 275 350" />
      </g>
      {/* Stem */}
      <rect x="193" y="110" width="14" height="192" rx="5" fill={colour('stem')} />
      {/* Leaves */}
      <path d="M195 230 C150 190 110 200 85 215 C115 245 160 250 195 235 Z" fill={colour('leaf')} />
      <path
        d="M205 190 C245 150 290 160 315 172 C285 205 240 210 205 196 Z"
        fill={colour('leaf')}
      />
      {/* Flower */}
      <g fill={colour('petal')}>
        <ellipse cx="200" cy="55" rx="22" ry="38" />
        <ellipse cx="200" cy="125" rx="22" ry="38" />
        <ellipse cx="165" cy="90" rx="38" ry="22" />
        <ellipse cx="235" cy="90" rx="38" ry="22" />
      </g>
      <circle cx="200" cy="90" r="18" fill="#f2d43b" stroke="#6b5a12" strokeWidth="2" />
      <g stroke="#1b1f24" strokeWidth="2">
        <line x1="262" y1="48" x2="228" y2="68" />
        <line x1="80" y1="172" x2="120" y2="212" />
        <line x1="272" y1="218" x2="210" y2="236" />
        <line x1="85" y1="335" x2="150" y2="355" />
      </g>
    </svg>
  );
}

/** A Year 5 science worksheet with small print and a labelled, colour-coded diagram. */
export function WorksheetScene(props: SceneProps<WorksheetState>) {
  const { state, copy } = props;
  const id = useSceneIds(SCENE_ID, copy);
  const select = (part: PlantPartId) =>
    applySceneChange(props, worksheetTasks, {
      ...state,
      selectedLabel: state.selectedLabel === part ? null : part,
    });

  return (
    <div className="scene scene--worksheet" {...sceneRootProps(SCENE_ID, copy)}>
      <h3 className="scene__title">Year 5 Science: Parts of a flowering plant</h3>
      <p className="worksheet__small">
        Name: ______________ Class: 5B. Look carefully at the diagram. Each part of the plant is
        coloured to match the key. Use the key to work out what each part does, then answer the
        questions in full sentences in your science book.
      </p>
      <div className="worksheet__layout">
        <figure className="worksheet__figure" aria-labelledby={id('figcaption')}>
          <div className="worksheet__scroll">
            <div className="worksheet__diagram">
              <PlantDrawing />
              {PLANT_PARTS.map((part) => {
                const selected = state.selectedLabel === part.id;
                const position = LABEL_POSITIONS[part.id];
                return (
                  <button
                    key={part.id}
                    type="button"
                    className="worksheet__label"
                    style={{ left: `${position.left}%`, top: `${position.top}%` }}
                    aria-pressed={selected}
                    {...controlProps(copy, `label-${part.id}`)}
                    onClick={() => select(part.id)}
                  >
                    {part.label}
                  </button>
                );
              })}
            </div>
          </div>
          <figcaption id={id('figcaption')}>
            Diagram of a flowering plant with four labels: petal, leaf, stem and roots. Each part is
            coloured; the colours match the key.
          </figcaption>
        </figure>
        <section className="worksheet__key" aria-labelledby={id('key')}>
          <h4 id={id('key')}>Key</h4>
          <ul>
            {PLANT_PARTS.map((part) => (
              <li key={part.id}>
                <span
                  className="worksheet__swatch"
                  style={{ background: part.colour }}
                  aria-hidden="true"
                />
                {/* The colour's name is read out but not shown: like many real worksheets, the key relies on colour. */}
                <span>
                  <span className="visually-hidden">{part.colourName}: </span>
                  <span className="scene-key-words">{part.label}: </span>
                  {part.job}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <p className="worksheet__small">
        Hand in by Friday 14 November. Extension: find out which part of the plant makes seeds.
        Stick this sheet into your book when it is finished.
      </p>
    </div>
  );
}
