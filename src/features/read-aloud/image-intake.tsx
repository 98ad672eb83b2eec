import { type DragEvent, useEffect, useId, useState } from 'react';
import { SAMPLE_WORKSHEETS } from './samples';
import type { PageSource } from './use-ocr-session';

interface Props {
  busy: boolean;
  onImage(file: Blob, source: PageSource): void;
  onSample(sampleId: string, file: string): void;
}

const firstFile = (files: FileList | null | undefined) => (files?.length ? files[0] : undefined);

/**
 * The ways in: a file input (gallery or camera), drag and drop, paste from
 * the clipboard, and the sample worksheets that ship with the app.
 */
export function ImageIntake({ busy, onImage, onSample }: Props) {
  const id = useId();
  const [dragging, setDragging] = useState(false);

  // Paste an image anywhere on the page (Ctrl+V or Cmd+V); pasted text goes where it always goes.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith('image/'));
      if (!file) return;
      event.preventDefault();
      onImage(file, 'paste');
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [onImage]);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = firstFile(event.dataTransfer.files);
    if (file) onImage(file, 'drop');
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="ocr-intake-section">
      <h2 id={`${id}-heading`}>Choose a page</h2>
      {/* Dropping is a pointer shortcut; the file input is the keyboard way to the same place. */}
      <fieldset
        className={dragging ? 'ocr-intake ocr-intake--dragging' : 'ocr-intake'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <legend>Your own picture</legend>
        <div className="field">
          <label htmlFor={`${id}-file`}>Choose an image</label>
          <p className="hint" id={`${id}-hint`}>
            A photo or scan of a printed page (PNG, JPEG, WebP, GIF or BMP). You can also drag a
            picture here, or copy one and paste it with Ctrl+V. Recognition starts by itself.
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept="image/*"
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              const file = firstFile(event.target.files);
              // Cleared so that choosing the same file again (after a fix) runs again.
              event.target.value = '';
              if (file) onImage(file, 'file');
            }}
          />
        </div>
        {/* Phones and tablets only: straight to the camera. Desktop browsers ignore `capture`. */}
        <div className="field ocr-camera">
          <label htmlFor={`${id}-camera`}>Take a photo</label>
          <input
            id={`${id}-camera`}
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(event) => {
              const file = firstFile(event.target.files);
              event.target.value = '';
              if (file) onImage(file, 'file');
            }}
          />
        </div>
      </fieldset>

      <h3 id={`${id}-samples`}>Sample worksheets</h3>
      <p className="hint">Made for practice: each one shows something OCR finds easy or hard.</p>
      <ul aria-labelledby={`${id}-samples`} className="ocr-samples">
        {SAMPLE_WORKSHEETS.map((sample) => (
          <li key={sample.id}>
            <button
              type="button"
              className="button button--secondary"
              aria-describedby={`${id}-${sample.id}`}
              aria-disabled={busy ? true : undefined}
              onClick={() => !busy && onSample(sample.id, sample.file)}
            >
              {sample.title}
            </button>
            <span className="hint" id={`${id}-${sample.id}`}>
              {sample.lesson}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
