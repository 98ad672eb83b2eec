import { useEffect, useRef } from 'react';
import type { OcrWord } from '../../engines/ocr/ocr-engine';
import { useEngines } from '../../shared/engines-context';
import { LOW_CONFIDENCE, TURNED_ROUND_NOTE } from './ocr-document';
import type { RecognisedPage } from './use-ocr-session';

interface Props {
  page: RecognisedPage;
  /** The box of the word being read aloud, if it came from OCR. */
  activeBox: OcrWord['box'] | null;
}

/**
 * The page as OCR saw it, with a box round each word it found. Tesseract
 * straightens a tilted photo before reading it and gives boxes on the
 * straightened page, so the photo is turned by the same angle to match.
 */
export function PhotoView({ page, activeBox }: Props) {
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
  const skew = Math.abs(skewDegrees) >= 0.3 ? skewDegrees : 0;
  return (
    <figure className="ocr-photo">
      <div className="ocr-photo__frame" style={{ aspectRatio: `${width} / ${height}` }}>
        {/* A canvas, not an <img>: see ImageEngine.paint. */}
        <canvas
          ref={canvas}
          role="img"
          aria-label="The page you chose"
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
      <figcaption className="hint">
        A box marks each word OCR found; dashed boxes are words to check. While the text is read
        aloud, the word being spoken is filled in here too.
        {page.turnedRound ? ` ${TURNED_ROUND_NOTE}` : ''}
        {skew
          ? ` The photo was tilted, so it was straightened by ${Math.abs(skew).toFixed(1)}°.`
          : ''}
      </figcaption>
    </figure>
  );
}
