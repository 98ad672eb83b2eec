import { useCallback } from 'react';
import { OwnWords } from './own-words';
import { parseOwnWords, parseSettings, parseTimetable } from './settings';
import { SymbolBoard, type WhenIdle } from './symbol-board';
import { Timetable } from './timetable';
import type { Every } from './use-scanning';
import { useStored } from './use-stored';

const KEYS = {
  settings: 'symbols:settings',
  own: 'symbols:own-words',
  timetable: 'symbols:timetable',
} as const;

/** The symbol board, its timetable and the teacher's own words, with their settings kept on the device. */
export function SymbolsTool({
  headingLevel = 2,
  every,
  whenIdle,
}: {
  headingLevel?: 2 | 3;
  every?: Every;
  whenIdle?: WhenIdle;
}) {
  const [settings, setSettings] = useStored(
    KEYS.settings,
    'the symbol board settings',
    parseSettings,
  );
  const [ownWords, setOwnWords] = useStored(KEYS.own, 'your own words', parseOwnWords);
  const [steps, setSteps] = useStored(KEYS.timetable, 'the timetable', parseTimetable);
  const changeSettings = useCallback(
    (next: Partial<typeof settings>) => setSettings((current) => ({ ...current, ...next })),
    [setSettings],
  );
  return (
    <div className="symbols-tool">
      <SymbolBoard
        settings={settings}
        changeSettings={changeSettings}
        ownWords={ownWords}
        headingLevel={headingLevel === 2 ? 2 : 3}
        {...(every ? { every } : {})}
        {...(whenIdle ? { whenIdle } : {})}
      />
      <Timetable steps={steps} setSteps={setSteps} ownWords={ownWords} level={headingLevel} />
      <OwnWords words={ownWords} setWords={setOwnWords} level={headingLevel} />
      <p className="symbols-credit">
        Symbols from <a href="https://openmoji.org/">OpenMoji</a>, the open-source emoji and icon
        project, licensed under{' '}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.
      </p>
    </div>
  );
}
