import { forwardRef, memo, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { ChangeOrigin } from './dictation-session';
import { commonPrefix, commonSuffix, type TextRange } from './grammar';

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
 * Replaces the part of the textarea that differs from `after` with one edit,
 * so the browser keeps its own undo and scroll. While the textarea has focus
 * the edit goes through the browser's editing commands: Chromium then lays
 * out only what changed, where setRangeText (or setting the value) lays out
 * and shapes the whole text again (with 200,000 characters, about 8 ms against
 * 600 ms or more on the build machine; see docs/dictation.md, "Benchmark").
 * `editing` is set meanwhile, so the input event it fires is not taken for typing.
 */
function patch(
  element: HTMLTextAreaElement,
  before: string,
  after: string,
  editing: { current: boolean },
) {
  const start = commonPrefix(before, after);
  const end = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  const insert = after.slice(start, after.length - end);
  const doc = element.ownerDocument;
  if (doc.activeElement === element && typeof doc.execCommand === 'function') {
    element.setSelectionRange(start, before.length - end);
    editing.current = true;
    try {
      if (insert ? doc.execCommand('insertText', false, insert) : doc.execCommand('delete')) {
        const now = element.value;
        // The browser changed the edit (or refused part of it): put the session's text in.
        if (now !== after) replaceRange(element, now, after);
        return;
      }
    } finally {
      editing.current = false;
    }
  }
  element.setRangeText(insert, start, before.length - end, 'end');
}

function replaceRange(element: HTMLTextAreaElement, before: string, after: string) {
  const start = commonPrefix(before, after);
  const end = commonSuffix(before, after, Math.min(before.length, after.length) - start);
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
    const editing = useRef(false);

    // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per change of the session's text (its version).
    useLayoutEffect(() => {
      const element = textarea.current;
      if (!element) return;
      if (change.origin === 'keyboard') {
        shown.current = text;
        return;
      }
      const before = shown.current ?? element.value;
      if (before !== text) patch(element, before, text, editing);
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
            if (editing.current) return;
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
