import { useEffect, useRef } from 'react';
import { NOTICEABLE_SKEW_DEGREES, type OcrWord } from '../../engines/ocr/ocr-engine';
import { useEngines } from '../../shared/engines-context';
import { LOW_CONFIDENCE, TURNED_ROUND_NOTE } from './ocr-document';
import type { RecognisedPage } from './read-pages';

interface Props {
  page: RecognisedPage;
  /** The box of the word being read aloud, if it came from OCR. */
  activeBox: OcrWord['box'] | null;
  /** For a document of several pages: which page this is (1-based), and the way to another. */
  pageNumber?: number;
  pageCount?: number;
  onChoosePage?(page: number): void;
}

/**
 * The page as OCR saw it, with a box round each word it found. Tesseract
 * straightens a tilted photo before reading it and gives boxes on the
 * straightened page, so the photo is turned by the same angle to match.
 */
export function PhotoView({ page, activeBox, pageNumber = 1, pageCount = 1, onChoosePage }: Props) {
  const { width, height, skewDegrees, words, displayUrl } = page;
  const { image } = useEngines();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const newer = new AbortController();
    // A picture that cannot be drawn leaves the boxes and the text; nothing else depends on it.
    image.paint(displayUrl, canvas.current, newer.signal).catch(() => {});
    return () => newer.abort();
  }, [image, displayUrl]);
  const skew = Math.abs(skewDegrees) >= NOTICEABLE_SKEW_DEGREES ? skewDegrees : 0;
  return (
    <figure className="ocr-photo">
      <div className="ocr-photo__frame" style={{ aspectRatio: `${width} / ${height}` }}>
        {/* A canvas, not an <img>: see ImageEngine.paint. */}
        <canvas
          ref={canvas}
          role="img"
          aria-label={pageCount > 1 ? `Page ${pageNumber} of ${pageCount}` : 'The page you chose'}
          width={width}
          height={height}
          className="ocr-photo__image"
          style={skew ? { transform: `rotate(${skew}deg)` } : undefined}
        />
        <svg
          className="ocr-photo__boxes"
          viewBox={`0 0 ${width} ${height}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {words.map((word, i) => (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: OCR words have no identity but their order.
              key={i}
              className={word.confidence < LOW_CONFIDENCE ? 'ocr-box ocr-box--check' : 'ocr-box'}
              x={word.box.x0}
              y={word.box.y0}
              width={word.box.x1 - word.box.x0}
              height={word.box.y1 - word.box.y0}
            />
          ))}
          {activeBox && (
            <rect
              className="ocr-box ocr-box--active"
              data-testid="active-box"
              x={activeBox.x0 - 4}
              y={activeBox.y0 - 4}
              width={activeBox.x1 - activeBox.x0 + 8}
              height={activeBox.y1 - activeBox.y0 + 8}
            />
          )}
        </svg>
      </div>
      {pageCount > 1 && onChoosePage && (
        <div className="button-row ocr-photo__pages">
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={pageNumber <= 1 ? true : undefined}
            onClick={() => pageNumber > 1 && onChoosePage(pageNumber - 1)}
          >
            Previous page
          </button>
          <p className="ocr-photo__page-number">
            Page {pageNumber} of {pageCount}
          </p>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={pageNumber >= pageCount ? true : undefined}
            onClick={() => pageNumber < pageCount && onChoosePage(pageNumber + 1)}
          >
            Next page
          </button>
        </div>
      )}
      <figcaption className="hint">
        {page.fromTextLayer
          ? 'This PDF page has its own text, so it was read exactly, not by OCR. '
          : ''}
        A box marks each word found; dashed boxes are words to check. While the text is read aloud,
        the word being spoken is filled in here too.
        {page.turnedRound ? ` ${TURNED_ROUND_NOTE}` : ''}
        {skew
          ? ` The photo was tilted, so it was straightened by ${Math.abs(skew).toFixed(1)}°.`
          : ''}
      </figcaption>
    </figure>
  );
}
