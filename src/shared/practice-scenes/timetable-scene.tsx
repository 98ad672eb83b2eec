import { type KeyboardEvent, useState } from 'react';
import './practice-scenes.css';
import {
  applySceneChange,
  controlProps,
  ignoreChange,
  sceneRootProps,
  useSceneIds,
} from './scene-change';
import {
  DAYS,
  lessonAt,
  lessonKey,
  PERIODS,
  type TimetableState,
  timetableTasks,
  YEARS,
} from './timetable-model';
import type { SceneProps } from './types';

const SCENE_ID = 'timetable';
const ROWS = DAYS.flatMap((day) => PERIODS.map(({ period }) => ({ day, period })));

/**
 * The whole-school timetable. Lessons are toggle buttons; only one of them is
 * in the Tab order at a time and the arrow keys move between them (Home/End
 * for the row), so that keyboard users do not have to press Tab 125 times.
 */
export function TimetableScene(props: SceneProps<TimetableState>) {
  const { state, copy } = props;
  const id = useSceneIds(SCENE_ID, copy);
  const [active, setActive] = useState<string>(state.selected ?? lessonKey(7, 'Monday', 1));
  const change = (next: TimetableState) => applySceneChange(props, timetableTasks, next);

  const moveFocus = (event: KeyboardEvent<HTMLTableElement>) => {
    if (copy) return;
    const target = event.target as HTMLElement;
    const key = target.dataset.lesson;
    if (!key) return;
    const row = ROWS.findIndex((r) =>
      key.endsWith(`-${r.day.slice(0, 3).toLowerCase()}-${r.period}`),
    );
    const col = YEARS.findIndex((year) => key.startsWith(`y${year}-`));
    let [nextRow, nextCol] = [row, col];
    if (event.key === 'ArrowDown') nextRow = Math.min(ROWS.length - 1, row + 1);
    else if (event.key === 'ArrowUp') nextRow = Math.max(0, row - 1);
    else if (event.key === 'ArrowRight') nextCol = Math.min(YEARS.length - 1, col + 1);
    else if (event.key === 'ArrowLeft') nextCol = Math.max(0, col - 1);
    else if (event.key === 'Home') nextCol = 0;
    else if (event.key === 'End') nextCol = YEARS.length - 1;
    else return;
    event.preventDefault();
    const r = ROWS[nextRow];
    const year = YEARS[nextCol];
    if (!r || year === undefined) return;
    const nextKey = lessonKey(year, r.day, r.period);
    setActive(nextKey);
    const table = event.currentTarget;
    table.querySelector<HTMLElement>(`[data-lesson="${nextKey}"]`)?.focus();
  };

  return (
    <div className="scene scene--timetable" {...sceneRootProps(SCENE_ID, copy)}>
      <h3 className="scene__title" id={id('title')}>
        Oakfield Academy: whole-school timetable, week A
      </h3>
      <p className="scene__hint" id={id('hint')}>
        Select a lesson to highlight it. In the table, the arrow keys move between lessons; Enter or
        Space selects.
      </p>
      <section
        className="scene__scroll"
        aria-labelledby={id('title')}
        {...(copy ? {} : { tabIndex: 0 })}
      >
        <table className="timetable" aria-describedby={id('hint')} onKeyDown={moveFocus}>
          <caption className="visually-hidden">Lessons for Years 7 to 11, Monday to Friday</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Period</th>
              {YEARS.map((year) => (
                <th scope="col" key={year}>
                  Year {year}
                </th>
              ))}
            </tr>
          </thead>
          {DAYS.map((day) => (
            <tbody key={day} className="timetable__day">
              {PERIODS.map(({ period, time }) => (
                <tr key={period}>
                  {period === 1 && (
                    <th scope="rowgroup" rowSpan={PERIODS.length} className="timetable__dayname">
                      {day}
                    </th>
                  )}
                  <th scope="row" className="timetable__period">
                    <span>P{period}</span> <span className="timetable__time">{time}</span>
                  </th>
                  {YEARS.map((year) => {
                    const lesson = lessonAt(year, day, period);
                    const selected = state.selected === lesson.key;
                    return (
                      <td key={year} className={selected ? 'timetable__cell--selected' : undefined}>
                        <button
                          type="button"
                          className="timetable__lesson"
                          data-lesson={lesson.key}
                          aria-pressed={selected}
                          {...controlProps(copy, lesson.key)}
                          tabIndex={copy ? -1 : active === lesson.key ? 0 : -1}
                          onFocus={() => !copy && setActive(lesson.key)}
                          onClick={() =>
                            change({ ...state, selected: selected ? null : lesson.key })
                          }
                        >
                          <span className="timetable__subject">{lesson.subject}</span>
                          <span className="timetable__room">{lesson.room}</span>
                          <span className="timetable__teacher">{lesson.teacher}</span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>
      <div className="scene__field">
        <label htmlFor={id('room')}>Room for Year 10, Monday period 3</label>
        <input
          id={id('room')}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={state.roomAnswer}
          {...controlProps(copy, 'room-answer')}
          onChange={
            copy ? ignoreChange : (event) => change({ ...state, roomAnswer: event.target.value })
          }
        />
      </div>
    </div>
  );
}
