import { forwardRef, memo, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { ChangeOrigin } from './dictation-session';
import type { TextRange } from './grammar';

interface EditorProps {
  id: string;
  lang: string;
  text: string;
  selection: TextRange;
  change: { origin: ChangeOrigin; version: number };
  interim: string;
  /** A plain hint about the last change (also announced, once, by the announcer). */
  hint: string | null;
  onEdit(text: string, selection: TextRange): void;
  onSelect(selection: TextRange): void;
}

/**
 * Replaces the part of the textarea that differs from `after` with one edit
 * (setRangeText), so the browser keeps its own undo and scroll and lays out
 * only what changed. The scan starts at both ends and meets at the change.
 */
function patch(element: HTMLTextAreaElement, before: string, after: string) {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < shortest - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  element.setRangeText(after.slice(start, after.length - end), start, before.length - end, 'end');
}

/**
 * "Dictated text": a view of the session's text. The textarea is left
 * uncontrolled on purpose: React's controlled value tracks the last value it
 * set, and an edit made with setRangeText (as dictation does) leaves that
 * record stale, so a later select-all and Delete looked like "no change" and
 * React put the old text back. Here the session is the one holder of the
 * text: keyboard edits go up through onInput, and every other change (voice,
 * "Say this", restore, another tab, clear) is patched in below.
 */
export const DictationEditor = memo(
  forwardRef<HTMLTextAreaElement, EditorProps>(function DictationEditor(
    { id, lang, text, selection, change, interim, hint, onEdit, onSelect },
    ref,
  ) {
    const textarea = useRef<HTMLTextAreaElement>(null);
    useImperativeHandle(ref, () => textarea.current as HTMLTextAreaElement);
    /** The text the textarea is known to hold, so it is not read back (a copy) on every change. */
    const shown = useRef<string | null>(null);

    // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per change of the session's text (its version).
    useLayoutEffect(() => {
      const element = textarea.current;
      if (!element) return;
      if (change.origin === 'keyboard') {
        shown.current = text;
        return;
      }
      const before = shown.current ?? element.value;
      if (before !== text) patch(element, before, text);
      shown.current = text;
      // After a change by voice the caret follows the dictated text (never while typing).
      if (change.origin === 'voice' || change.origin === 'typed' || change.origin === 'clear') {
        if (element.selectionStart !== selection.start || element.selectionEnd !== selection.end) {
          element.setSelectionRange(selection.start, selection.end);
        }
      }
    }, [change.version]);

    return (
      <div className="field dictation-editor">
        <label htmlFor={`${id}-text`}>Dictated text</label>
        <p className="hint" id={`${id}-text-hint`}>
          Dictation goes in at the cursor. You can type here at any time; everything is saved on
          this device as you go.
        </p>
        <textarea
          ref={textarea}
          id={`${id}-text`}
          rows={8}
          lang={lang}
          dir="auto"
          aria-describedby={`${id}-text-hint`}
          defaultValue=""
          // onInput, not onChange: React's onChange skips input it thinks changed nothing.
          onInput={(event) => {
            const element = event.currentTarget;
            const value = element.value;
            shown.current = value;
            onEdit(value, { start: element.selectionStart, end: element.selectionEnd });
          }}
          onSelect={(event) =>
            onSelect({
              start: event.currentTarget.selectionStart,
              end: event.currentTarget.selectionEnd,
            })
          }
        />
        <p className="dictation-interim" lang={lang} dir="auto">
          {interim ? (
            <>
              <span className="dictation-interim__label">Still hearing: </span>
              <span className="dictation-interim__text">{interim}</span>
            </>
          ) : null}
        </p>
        {hint && <p className="hint dictation-hint">{hint}</p>}
      </div>
    );
  }),
);
