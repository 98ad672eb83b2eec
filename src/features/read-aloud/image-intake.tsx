import { type DragEvent, useEffect, useId, useState } from 'react';
import { useEngines } from '../../shared/engines-context';
import { CameraView } from './camera-view';
import { SAMPLE_WORKSHEETS } from './samples';
import type { PageSource } from './use-ocr-session';

interface Props {
  busy: boolean;
  /** Files in the order chosen: one document, a page (or a PDF's pages) each. */
  onFiles(files: File[], source: PageSource): void;
  onSample(sampleId: string, file: string): void;
}

/** Pictures (HEIC included: some browsers give it no type) and PDFs. */
const ACCEPT = 'image/*,.heic,.heif,application/pdf,.pdf';

const listOf = (files: FileList | null | undefined) => [...(files ?? [])];

/**
 * The ways in: a file input (photos, PDFs, several at once), drag and drop,
 * paste from the clipboard, and the sample worksheets that ship with the app.
 */
export function ImageIntake({ busy, onFiles, onSample }: Props) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const { camera } = useEngines();

  // Paste an image anywhere on the page (Ctrl+V or Cmd+V); pasted text goes where it always goes.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = listOf(event.clipboardData?.files).filter(
        (f) => f.type.startsWith('image/') || f.type === 'application/pdf',
      );
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(files, 'paste');
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [onFiles]);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = listOf(event.dataTransfer.files);
    if (files.length) onFiles(files, 'drop');
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
        <legend>Your own pages</legend>
        <div className="field">
          <label htmlFor={`${id}-file`}>Choose a photo or PDF</label>
          <p className="hint" id={`${id}-hint`}>
            A photo or scan of a printed page (JPEG, PNG, HEIC from an iPhone, WebP, GIF or BMP) or
            a PDF. Choose several to make one document, in the order you choose them. You can also
            drag files here, or copy a picture and paste it with Ctrl+V. Reading starts by itself.
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept={ACCEPT}
            multiple
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              const files = listOf(event.target.files);
              // Cleared so that choosing the same file again (after a fix) runs again.
              event.target.value = '';
              if (files.length) onFiles(files, 'file');
            }}
          />
        </div>
        {camera.supported && (
          <CameraView busy={busy} onPicture={(file) => onFiles([file], 'camera')} />
        )}
        {/* Phones and tablets only: straight to the camera. Desktop browsers ignore `capture`. */}
        <div className="field ocr-camera">
          <label htmlFor={`${id}-camera`}>Take a photo</label>
          <input
            id={`${id}-camera`}
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(event) => {
              const files = listOf(event.target.files);
              event.target.value = '';
              if (files.length) onFiles(files, 'file');
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
