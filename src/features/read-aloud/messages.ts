import type { DocumentErrorCode } from '../../engines/documents/documents-engine';
import { MAX_PDF_PAGES } from '../../engines/documents/documents-engine';
import type { ImageErrorCode } from '../../engines/image/image-engine';
import type { Size } from '../../engines/image/image-format';
import type { OcrErrorCode } from '../../engines/ocr/ocr-engine';

export type ProblemCode =
  | ImageErrorCode
  | DocumentErrorCode
  | Exclude<OcrErrorCode, 'cancelled'>
  | 'no-text';

/** What went wrong and what to do next, in plain words. */
export function problemMessage(
  code: ProblemCode,
  size?: Size,
  detail: { pages?: number; fileName?: string } = {},
): string {
  const message = messageFor(code, size, detail.pages);
  return detail.fileName ? `“${detail.fileName}”: ${message}` : message;
}

function messageFor(code: ProblemCode, size?: Size, pages?: number): string {
  switch (code) {
    case 'empty':
      return 'This file is empty (0 bytes), so there is no picture in it. Choose the photo again, or take a new one.';
    case 'not-an-image':
      return 'This file is not a picture or a PDF the app can read. Choose a photo or scan (PNG, JPEG, WebP, GIF, BMP or HEIC), or a PDF.';
    case 'heic':
    case 'heic-unreadable':
      return 'This HEIC photo (the format iPhones use) could not be opened: the file may be damaged, or saved in a kind of HEIC the app cannot decode. Share the photo as a JPEG, or on the iPhone choose Settings, Camera, Formats, "Most Compatible", then choose the photo again.';
    case 'pdf':
    case 'pdf-unreadable':
      return 'This PDF could not be opened: the file may be damaged or only partly copied. Save or download it again, or print the page to a new PDF, then choose that.';
    case 'pdf-encrypted':
      return 'This PDF is locked with a password, so the app cannot read it. Open it in a PDF reader with the password and save a copy without one, or ask whoever sent it for an unlocked copy.';
    case 'pdf-too-long':
      return `This PDF has ${pages ? `${pages} pages` : 'too many pages'}; the app reads up to ${MAX_PDF_PAGES} at a time. Save the pages you need as a smaller PDF, then choose that.`;
    case 'document-support-missing':
      return 'The app’s PDF and iPhone-photo reader could not be loaded: some of its files are missing or could not be fetched. Reload the page and try again. If it keeps happening, tell whoever looks after the app.';
    case 'unreadable':
      return 'This picture could not be opened: the file may be damaged or only partly copied. Copy it again, or take a new photo.';
    case 'too-small':
      return `This picture is too small to hold readable text${size ? ` (${size.width} × ${size.height} pixels)` : ''}. Choose a larger photo.`;
    case 'too-large':
      return `This picture is too large to open on this device${size ? ` (${Math.round((size.width * size.height) / 1e6)} megapixels)` : ''}. Choose a smaller photo, or take a new one with the camera.`;
    case 'no-text':
      return 'No text found in this picture. Check that the page is in focus, well lit and the right way up (use Rotate left or Rotate right), then try again.';
    case 'ocr-assets-missing':
      return 'The text reader (OCR) could not be loaded: some of the app’s files are missing or could not be fetched. Reload the page and try again. If it keeps happening, tell whoever looks after the app.';
    case 'ocr-crashed':
      return 'The text reader stopped unexpectedly. Any text you already had is kept. Choose the picture again to retry: the reader restarts by itself.';
    case 'timeout':
      return 'Reading this picture took too long, so it was stopped. Try again, or use a smaller or clearer photo.';
  }
}
