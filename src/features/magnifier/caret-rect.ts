/**
 * Where the text caret is inside an <input> or <textarea>, in client
 * coordinates. Browsers give no caret position for form fields, so a hidden
 * "mirror" copies the field's text styles and text up to the caret, and the
 * position of a marker after that text is the caret's (the technique of the
 * widely used textarea-caret-position; its quirks handled here: scrolling
 * inside the field, and a single-line input's text never wrapping).
 */

const COPIED = [
  'boxSizing',
  'width',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontFamily',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'tabSize',
] as const;

export type TextField = HTMLInputElement | HTMLTextAreaElement;

export function isTextField(element: unknown): element is TextField {
  if (element instanceof HTMLTextAreaElement) return true;
  return (
    element instanceof HTMLInputElement &&
    ['text', 'search', 'email', 'tel', 'url', 'number', 'password'].includes(element.type)
  );
}

/**
 * The caret's box (one line tall) in client coordinates, or null if the field
 * has none. `scale` is the zoom of a transformed ancestor (the full-screen
 * view), because the mirror is laid out unscaled.
 */
export function caretClientRect(field: TextField, scale = 1): DOMRect | null {
  let position: number | null = null;
  try {
    position = field.selectionEnd;
  } catch {
    return null; // type="number" and others have no selection API
  }
  if (position === null) return null;
  const doc = field.ownerDocument;
  const style = doc.defaultView?.getComputedStyle(field);
  if (!style) return null;
  const mirror = doc.createElement('div');
  const isInput = field instanceof HTMLInputElement;
  for (const property of COPIED) mirror.style[property] = style[property];
  Object.assign(mirror.style, {
    position: 'absolute',
    visibility: 'hidden',
    top: '0',
    left: '-9999px',
    overflow: 'hidden',
    whiteSpace: isInput ? 'pre' : 'pre-wrap',
    overflowWrap: isInput ? 'normal' : 'break-word',
  });
  mirror.textContent = field.value.slice(0, position);
  const marker = doc.createElement('span');
  marker.textContent = field.value.slice(position) || '.';
  mirror.appendChild(marker);
  doc.body.appendChild(mirror);
  const field_ = field.getBoundingClientRect();
  const lineHeight =
    (Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2) * scale;
  const x = field_.left + (marker.offsetLeft - field.scrollLeft) * scale;
  const y = field_.top + (marker.offsetTop - field.scrollTop) * scale;
  mirror.remove();
  const left = Math.min(Math.max(x, field_.left), field_.right);
  const top = Math.min(Math.max(y, field_.top), field_.bottom - lineHeight);
  return new DOMRect(left, top, scale, lineHeight);
}
