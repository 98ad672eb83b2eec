import './symbols.css';
import {
  type KeyboardEvent,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useAnnounce } from '../../shared/announcer';
import { useAppStore } from '../../store/store-context';
import { BoardControls } from './board-controls';
import { BoardGrid, NOT_SCANNED, PicturePreload } from './board-grid';
import {
  keyOf,
  layoutPage,
  type PageId,
  pageKeysAt,
  parseKey,
  rowsOf,
  wordsOf,
} from './board-layout';
import {
  addWord,
  clearMessage,
  deleteLastWord,
  type Message,
  messageText,
  parseMessage,
} from './message';
import { MessageBar } from './message-bar';
import type { BoardSettings } from './settings';
import { Legend } from './symbol-cell';
import { type Every, useScanning } from './use-scanning';
import { useStored } from './use-stored';
import { useSymbolSpeech } from './use-symbol-speech';
import { OWN_WORDS_TOPIC, type SymbolWord, TOPICS } from './vocabulary';

type Via = 'pointer' | 'keyboard' | 'scanning';
type Item = {
  key: string;
  label: string;
  run(via: Via): void;
  word?: SymbolWord;
  /** React's key where it differs from `key`: a folder and the Back it leads to share one button. */
  slot?: string;
};

/** Runs a function once the browser is idle; returns how to cancel it. Tests pass a hand-driven one. */
export type WhenIdle = (fn: () => void) => () => void;

/** The browser's idle callback; where there is none (jsdom), nothing is built ahead. */
const realWhenIdle: WhenIdle = (fn) => {
  if (typeof requestIdleCallback !== 'function') return () => {};
  const id = requestIdleCallback(fn);
  return () => cancelIdleCallback(id);
};

const TOPIC_IDS: readonly PageId[] = TOPICS.map((topic) => topic.id);

export interface SymbolBoardProps {
  settings: BoardSettings;
  changeSettings(next: Partial<BoardSettings>): void;
  ownWords: readonly SymbolWord[];
  headingLevel: 2 | 3;
  every?: Every;
  whenIdle?: WhenIdle;
}

/**
 * The board: the message and its actions, the folder row, and the grid of
 * symbols. Everything choosable is laid out as scan rows, top to bottom, so
 * switch scanning, the keyboard and the pointer reach the same things.
 */
export function SymbolBoard({
  settings,
  changeSettings,
  ownWords,
  headingLevel,
  every,
  whenIdle = realWhenIdle,
}: SymbolBoardProps) {
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const { say, loading, error } = useSymbolSpeech();
  // Kept like everything a person composes: a reload or a second tab loses no words.
  const [message, setMessage] = useStored<Message>(
    'symbols:message',
    'the message on the symbol board',
    parseMessage,
  );
  const [page, setPage] = useState<PageId>('core');
  const [pageIndex, setPageIndex] = useState(0);
  const [scanning, setScanningState] = useState(false);
  const switchRef = useRef<HTMLInputElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const layout = layoutPage(wordsOf(page, ownWords), settings.size, pageIndex);

  // Pages once shown stay built (hidden), so going back to one costs no rebuilding. Added while
  // rendering, so the page on show is always among them.
  const [kept, setKept] = useState<readonly string[]>([]);
  const shownKey = keyOf(settings.size, page, layout.pageIndex);
  if (!kept.includes(shownKey)) setKept([...kept, shownKey]);
  // The pages not yet built are built while the browser is idle, one at a time and nearest first, so
  // a first visit to a folder is a switch too (building a page of 64 cells and their pictures
  // inside the click took a frame or two). One per idle moment keeps each build a short task.
  const pageKeys = useMemo(
    () => pageKeysAt(settings.size, TOPIC_IDS, ownWords),
    [settings.size, ownWords],
  );
  const nextToBuild = pageKeys.find((key) => !kept.includes(key));
  useEffect(() => {
    if (!nextToBuild) return;
    // A transition: React builds the page's elements in slices of a few milliseconds, yielding
    // to any input, and only adds the finished page in one step.
    return whenIdle(() =>
      startTransition(() =>
        setKept((now) => (now.includes(nextToBuild) ? now : [...now, nextToBuild])),
      ),
    );
  }, [nextToBuild, whenIdle]);
  const preload = useMemo(
    () => [...new Set([...TOPICS.flatMap((t) => t.words), ...ownWords].map((item) => item.hex))],
    [ownWords],
  );
  const pageLabel =
    page === 'core'
      ? 'Core words'
      : page === 'own'
        ? OWN_WORDS_TOPIC.label
        : TOPICS.find((t) => t.id === page)?.label;

  // Read through a ref so `choose` stays the same function and unchanged cells skip re-rendering on a page switch.
  const latest = useRef({ page, speakEachWord: settings.speakEachWord });
  latest.current = { page, speakEachWord: settings.speakEachWord };
  const choose = useCallback(
    (item: SymbolWord, via: Via) => {
      const { page: where, speakEachWord } = latest.current;
      setMessage((current) => addWord(current, item));
      if (speakEachWord) void say(item.word);
      announce(`Added ${item.word}`);
      emit({
        type: 'symbols/word-chosen',
        word: item.word,
        page: where,
        via,
        spoken: speakEachWord,
      });
    },
    [say, announce, emit, setMessage],
  );

  const openPage = useCallback(
    (next: PageId) => {
      setPage(next);
      setPageIndex(0);
      if (next !== 'core') emit({ type: 'symbols/page-opened', page: next });
    },
    [emit],
  );

  // The button just pressed may be gone on the new page (a folder, "Back", "Next page"): keyboard
  // focus would fall to the page's start, so it goes to the folder row instead. Focus that is still
  // on the page (the scanning switch, a word) stays where it is.
  const navRef = useRef<HTMLDivElement>(null);
  const shown = useRef({ page, pageIndex });
  useEffect(() => {
    const from = shown.current;
    shown.current = { page, pageIndex };
    // Only after a switch: opening the tool never moves focus.
    if (from.page === page && from.pageIndex === pageIndex) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const nav = navRef.current;
    const back = nav?.querySelector<HTMLElement>(`[data-nav="folder-${from.page}"]`);
    // No scrolling: the new button is in the row that was just pressed, and focus() that may scroll
    // lays out the whole board there and then, inside the click.
    (back ?? nav?.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
  }, [page, pageIndex]);

  const speakMessage = useCallback(() => {
    if (message.length === 0) {
      announce('The message is empty: press some symbols first.');
      return;
    }
    const text = messageText(message);
    void say(text);
    emit({ type: 'symbols/message-spoken', words: message.length, text });
  }, [message, say, emit, announce]);

  const actions = useMemo(
    () => [
      { label: 'Speak message', run: speakMessage },
      { label: 'Delete last word', run: () => setMessage(deleteLastWord) },
      { label: 'Clear message', run: () => setMessage(clearMessage()) },
    ],
    [speakMessage, setMessage],
  );

  const navItems: Item[] = [];
  if (page === 'core') {
    const folders = [...TOPICS, ...(ownWords.length ? [OWN_WORDS_TOPIC] : [])];
    for (const topic of folders) {
      navItems.push({
        key: `folder-${topic.id}`,
        slot: `via-${topic.id}`,
        label: topic.label,
        run: () => openPage(topic.id),
      });
    }
  } else {
    // The same button as the folder that opened this page: pressed, it stays where focus is and
    // becomes Back, and Back becomes that folder again, so focus never has to be moved (a moved
    // focus lays out the whole board inside the click) and the folder row is where it was.
    navItems.push({ key: 'back', slot: `via-${page}`, label: 'Back', run: () => openPage('core') });
  }
  if (layout.pageIndex > 0) {
    navItems.push({
      key: 'prev',
      label: 'Previous page',
      run: () => setPageIndex(layout.pageIndex - 1),
    });
  }
  if (layout.pageIndex < layout.pageCount - 1) {
    navItems.push({
      key: 'next',
      label: 'Next page',
      run: () => setPageIndex(layout.pageIndex + 1),
    });
  }

  const gridRows = rowsOf(layout.cells, settings.size);
  // Scan rows: message actions, folders, then each row of the grid (its words only).
  const scanRows: Item[][] = [
    actions.map((a) => ({ key: a.label, label: a.label, run: a.run })),
    navItems,
    ...gridRows.map((row) =>
      row.flatMap((cell) =>
        cell
          ? [{ key: cell.word, label: cell.word, word: cell, run: (via: Via) => choose(cell, via) }]
          : [],
      ),
    ),
  ];
  const lengths = scanRows.map((row) => row.length);
  const onScanChoose = useCallback(
    (row: number, cell: number) => scanRows[row]?.[cell]?.run('scanning'),
    // biome-ignore lint/correctness/useExhaustiveDependencies: the latest rows are read through a ref in useScanning.
    [scanRows],
  );
  const scan = useScanning({
    on: scanning,
    speedMs: settings.scanSpeedMs,
    rows: lengths,
    onChoose: onScanChoose,
    every,
  });

  const setScanning = useCallback(
    (on: boolean) => {
      setScanningState(on);
      emit({ type: 'symbols/scanning-changed', on, speedMs: settings.scanSpeedMs });
      announce(on ? 'Switch scanning on. Press Space or Enter to choose.' : 'Switch scanning off.');
    },
    [emit, settings.scanSpeedMs, announce],
  );

  // A new speed while scanning is a new scanning setting: the checks read the speed from this event.
  const changeControls = useCallback(
    (next: Partial<BoardSettings>) => {
      changeSettings(next);
      if (scanning && next.scanSpeedMs !== undefined && next.scanSpeedMs !== settings.scanSpeedMs) {
        emit({ type: 'symbols/scanning-changed', on: true, speedMs: next.scanSpeedMs });
      }
    },
    [changeSettings, scanning, settings.scanSpeedMs, emit],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (!scanning) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      setScanning(false);
      return;
    }
    // The switch is the scanning checkbox: a word button that has focus still works as a button.
    if ((event.key === ' ' || event.key === 'Enter') && event.target === switchRef.current) {
      event.preventDefault();
      if (!event.repeat) scan.select();
    }
  };

  const rowMark = (row: number) =>
    scan.state.mode === 'rows' && scan.state.row === row ? 'row' : null;
  const cellMark = (row: number, cell: number) =>
    scan.state.mode === 'cells' && scan.state.row === row && scan.state.cell === cell;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: catches the switch key from the focused "Switch scanning" checkbox inside.
    <div className="symbol-board" onKeyDown={onKeyDown}>
      {loading !== null && (
        <progress
          aria-label="Loading the voice"
          max={1}
          value={loading}
          className="symbols-progress"
        />
      )}
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <MessageBar
        message={message}
        actions={actions}
        highlighted={
          rowMark(0) ??
          (scan.state.mode === 'cells' && scan.state.row === 0 ? scan.state.cell : null)
        }
      />
      <Heading className="symbols-page-title">
        {pageLabel}
        {layout.pageCount > 1 ? `, page ${layout.pageIndex + 1} of ${layout.pageCount}` : ''}
      </Heading>
      <div ref={navRef} className={`symbols-row symbols-nav${rowMark(1) ? ' is-scanned' : ''}`}>
        {navItems.map((item, index) => (
          <button
            key={item.slot ?? item.key}
            data-nav={item.key}
            type="button"
            className={`button button--secondary${cellMark(1, index) ? ' is-scanned' : ''}`}
            onClick={() => item.run('pointer')}
          >
            {item.label}
          </button>
        ))}
      </div>
      <PicturePreload hexes={preload} />
      <div className="symbols-pages">
        {kept
          .filter((key) => key.startsWith(`${settings.size}:`))
          .map((key) => {
            const built = parseKey(key);
            const active = key === shownKey;
            return (
              <BoardGrid
                key={key}
                words={wordsOf(built.page, ownWords)}
                size={settings.size}
                pageIndex={built.index}
                show={settings.show}
                active={active}
                scan={active ? scan.state : NOT_SCANNED}
                onChoose={choose}
              />
            );
          })}
      </div>
      <BoardControls
        settings={settings}
        change={changeControls}
        scanning={scanning}
        setScanning={setScanning}
        switchRef={switchRef}
      />
      <Legend />
    </div>
  );
}
