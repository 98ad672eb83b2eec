import {
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FONT_FAMILIES } from './fonts';
import type { ReadingPreferences } from './preferences';
import { type Block, BlockView, blockOf, blocksOf, pageBreaksIn } from './reading-blocks';
import type { ReadingDocument } from './reading-document';

export interface ReadingViewProps {
  doc: ReadingDocument;
  activeWord: number | null;
  preferences: ReadingPreferences;
  /** The text's language, so screen readers and hyphenation use the right rules. */
  lang?: string;
  /** Each word's page (0-based), for a document of several pages: a page break shows where one ends. */
  pageOf?: readonly number[];
  onChooseWord(index: number): void;
}

/** A word's element: its block (data-first) is the view's child at the block's place. */
function findWord(
  container: HTMLElement | null,
  blocks: readonly Block[],
  index: number,
): HTMLElement | null {
  if (!container || blocks.length === 0) return null;
  const place = blockOf(blocks, index);
  const block = blocks[place] as Block;
  const element = container.children[place];
  if (!(element instanceof HTMLElement) || element.dataset.first !== String(block.first))
    return null;
  return element.querySelector<HTMLElement>(`[data-word="${index - block.first}"]`);
}

/** The document's index of a word element (data-word counts from its block's data-first). */
function wordIndexOf(target: EventTarget): number | null {
  const word = (target as HTMLElement).closest<HTMLElement>('[data-word]');
  const block = word?.closest<HTMLElement>('[data-first]');
  if (!word || !block) return null;
  return Number(block.dataset.first) + Number(word.dataset.word);
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The text as words. One word at a time is in the tab order (roving
 * tabindex): arrow keys move between words, Enter or Space (or a click)
 * starts reading there. Line focus dims all but 1, 3 or 5 lines around the
 * spoken (or focused) word.
 */
export function ReadingView({
  doc: latestDoc,
  activeWord,
  preferences,
  lang = 'en-GB',
  pageOf,
  onChooseWord,
}: ReadingViewProps) {
  // A keystroke in a long text paints first; the view follows as soon as the browser is free.
  const doc = useDeferredValue(latestDoc);
  const blocks = useMemo(() => blocksOf(doc), [doc]);
  const [cursor, setCursor] = useState(0);
  const view = useRef<HTMLElement>(null);
  const [band, setBand] = useState<{ top: number; height: number } | null>(null);
  const hintId = useId();

  const tabbableWord = Math.min(activeWord ?? cursor, Math.max(0, doc.words.length - 1));
  // The blocks on screen, for effects that look a word up without re-running for every new text.
  const shown = useRef(blocks);
  shown.current = blocks;
  const wordElement = (index: number) => findWord(view.current, shown.current, index);

  // Keep the spoken word in sight.
  useEffect(() => {
    if (activeWord === null) return;
    const element = findWord(view.current, shown.current, activeWord);
    if (!element?.scrollIntoView) return;
    const rect = element.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
    element.scrollIntoView({
      block: 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }, [activeWord]);

  // Text reflows when a font arrives or the view changes width: line focus must follow.
  const [layout, setLayout] = useState(0);
  useEffect(() => {
    const element = view.current;
    if (!element || !preferences.lineFocus) return;
    const bump = () => setLayout((n) => n + 1);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(bump) : null;
    observer?.observe(element);
    document.fonts?.addEventListener?.('loadingdone', bump);
    return () => {
      observer?.disconnect();
      document.fonts?.removeEventListener?.('loadingdone', bump);
    };
  }, [preferences.lineFocus]);

  // Line focus: a clear band `lineFocus` lines high, centred on the word's line.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new document or a reflow moves every line.
  useLayoutEffect(() => {
    if (!preferences.lineFocus || !view.current) {
      setBand(null);
      return;
    }
    const element = wordElement(tabbableWord) ?? wordElement(0);
    if (!element) {
      setBand(null);
      return;
    }
    const style = getComputedStyle(view.current);
    const lineHeight = Number.parseFloat(style.lineHeight) || element.offsetHeight || 24;
    const lineTop = element.offsetTop + element.offsetHeight / 2 - lineHeight / 2;
    const half = (preferences.lineFocus - 1) / 2;
    setBand({ top: lineTop - half * lineHeight, height: preferences.lineFocus * lineHeight });
  }, [preferences, tabbableWord, doc, layout]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = wordIndexOf(event.target);
    if (index === null) return;
    const last = doc.words.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, index + 1),
      ArrowDown: Math.min(last, index + 1),
      ArrowLeft: Math.max(0, index - 1),
      ArrowUp: Math.max(0, index - 1),
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      const next = moves[event.key] as number;
      setCursor(next);
      wordElement(next)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setCursor(index);
      onChooseWord(index);
    }
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const index = wordIndexOf(event.target);
    if (index === null) return;
    setCursor(index);
    onChooseWord(index);
  };

  const style = {
    '--reading-size': `${preferences.textSize / 100}`,
    '--reading-line': `${preferences.lineSpacing}`,
    '--reading-letter': `${preferences.letterSpacing}em`,
    '--reading-font': FONT_FAMILIES[preferences.font],
  } as CSSProperties;

  return (
    <div className="reading-view-wrap">
      <p id={hintId} className="hint">
        Select a word, or move to it with the arrow keys and press Enter, to read from there.
      </p>
      {/* The words inside are the focusable controls; the view only delegates their events. */}
      <section
        ref={view}
        className="reading-view"
        data-tint={preferences.tint}
        style={style}
        aria-label="Reading view"
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onClick={onClick}
        lang={lang}
      >
        {blocks.map((block, position) => {
          const within = (word: number | null) =>
            word !== null && word >= block.first && word < block.end ? word - block.first : -1;
          // Keyed by place: an edit updates the blocks after it in place rather than rebuilding
          // them, and a block whose words only moved along changes nothing but its data-first.
          const key = `block-${position}`;
          return (
            <div key={key} className="reading-block" data-first={block.first}>
              <BlockView
                block={block}
                active={within(activeWord)}
                tabbable={within(tabbableWord)}
                breaks={pageOf && pageOf.length > 1 ? pageBreaksIn(block, pageOf) : ''}
              />
            </div>
          );
        })}
        {band && (
          <div
            className="line-focus"
            aria-hidden="true"
            style={{ top: `${band.top}px`, height: `${band.height}px` }}
          />
        )}
      </section>
    </div>
  );
}
