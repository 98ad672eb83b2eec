import type { CSSProperties } from 'react';
import { type CaptionPresentation, colourPair } from './presentation';

export interface CaptionDisplayProps {
  lines: readonly { n: number; text: string }[];
  interim: string;
  lang: string;
  presentation: CaptionPresentation;
  /** Shown when nothing has been captioned yet. */
  empty: string;
  /** Fills the window (the pupil view) instead of sitting in the page. */
  fill?: boolean;
}

/** How many recent lines are laid out: more than fit, so the box is always full from the bottom. */
const RENDERED_LINES = 12;

/**
 * The region named "Captions": recent lines flow as one block, anchored to
 * the bottom of a box exactly `lines` lines tall, so new words push old ones
 * up and nothing else on the page moves. The interim guess follows the last
 * line, lighter and in italics, and the final takes its place in the same spot.
 */
export function CaptionDisplay({
  lines,
  interim,
  lang,
  presentation,
  empty,
  fill = false,
}: CaptionDisplayProps) {
  const pair = colourPair(presentation.colours);
  const style = {
    '--caption-size': `${presentation.size}px`,
    '--caption-lines': presentation.lines,
    '--caption-text': pair.text,
    '--caption-background': pair.background,
  } as CSSProperties;
  const shown = lines.slice(-RENDERED_LINES);
  const nothing = shown.length === 0 && !interim;
  return (
    <section
      aria-label="Captions"
      className={`caption-display caption-display--${presentation.position}${fill ? ' caption-display--fill' : ''}`}
      style={style}
    >
      <div className="caption-display__box">
        <p className="caption-display__text" lang={lang} dir="auto">
          {nothing && <span className="caption-display__empty">{empty}</span>}
          {shown.map((line) => (
            <span key={line.n} className="caption-display__line">
              {line.text}{' '}
            </span>
          ))}
          {interim && (
            <span className="caption-display__interim">
              <span className="visually-hidden">(still hearing) </span>
              {interim}
            </span>
          )}
        </p>
      </div>
    </section>
  );
}
