import {
  DocumentError,
  type DocumentsEngine,
  kindOfBytes,
  MAX_PDF_PAGES,
  type OpenedPdf,
} from './documents-engine';
import { type TextItem, wordsOfTextLayer } from './pdf-text';

/**
 * Pages are drawn at twice PDF size (144 dpi): an A4 page becomes about
 * 1190 × 1684 pixels, where 11-point print is about 30 pixels high, the size
 * tesseract reads best, and one page's canvas is about 8 MB, released at once.
 */
const RENDER_SCALE = 2;

type PdfJs = typeof import('pdfjs-dist');

/**
 * PDFs through pdf.js, HEIC through heic-to (libheif in WebAssembly). Both
 * are imported on first use, so neither is in the app's first download.
 * `pdfAssetBase` is the folder build/pdf-assets-plugin.ts serves pdf.js's
 * worker and WebAssembly decoders from, on the app's own origin.
 */
export function createBrowserDocuments(win: Window, pdfAssetBase: string): DocumentsEngine {
  let pdfjs: Promise<PdfJs> | null = null;
  const loadPdfJs = () => {
    pdfjs ??= import('pdfjs-dist').then((lib) => {
      lib.GlobalWorkerOptions.workerSrc = `${pdfAssetBase}pdf.worker.min.mjs`;
      return lib;
    });
    // A failed load (offline before it was cached) is tried again next time.
    pdfjs.catch(() => {
      pdfjs = null;
    });
    return pdfjs;
  };

  return {
    async kind(file) {
      return kindOfBytes(new Uint8Array(await file.slice(0, 1024).arrayBuffer()));
    },

    async openPdf(file) {
      const lib = await loadPdfJs().catch(() => {
        throw new DocumentError('document-support-missing');
      });
      const task = lib.getDocument({
        data: new Uint8Array(await file.arrayBuffer()),
        // Fonts and decoders come from the app's origin.
        wasmUrl: `${pdfAssetBase}wasm/`,
        standardFontDataUrl: `${pdfAssetBase}standard_fonts/`,
        useSystemFonts: false,
        // A password prompt would never be answered here: fail at once instead.
        password: '',
      });
      let pdf: Awaited<typeof task.promise>;
      try {
        pdf = await task.promise;
      } catch (error) {
        await task.destroy().catch(() => {});
        const name = (error as { name?: string })?.name;
        throw new DocumentError(name === 'PasswordException' ? 'pdf-encrypted' : 'pdf-unreadable');
      }
      if (pdf.numPages > MAX_PDF_PAGES) {
        await task.destroy().catch(() => {});
        throw new DocumentError('pdf-too-long', pdf.numPages);
      }
      const opened: OpenedPdf = {
        pageCount: pdf.numPages,
        async page(number) {
          const page = await pdf.getPage(number).catch(() => {
            throw new DocumentError('pdf-unreadable');
          });
          try {
            const viewport = page.getViewport({ scale: RENDER_SCALE });
            const content = await page.getTextContent();
            const items = content.items.filter((item) => 'str' in item) as TextItem[];
            const words = wordsOfTextLayer(items, viewport.transform);
            const canvas = win.document.createElement('canvas');
            canvas.width = Math.ceil(viewport.width);
            canvas.height = Math.ceil(viewport.height);
            try {
              await page.render({ canvas, viewport, background: 'white' }).promise;
              // Only a scanned page needs a lossless copy for OCR.
              const picture = words.length
                ? null
                : await new Promise<Blob>((resolve, reject) =>
                    canvas.toBlob(
                      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))),
                      'image/png',
                    ),
                  );
              return {
                width: canvas.width,
                height: canvas.height,
                words,
                displayUrl: canvas.toDataURL('image/jpeg', 0.85),
                picture,
              };
            } finally {
              // Chromium keeps a canvas's pixels until it is collected; zero size frees them now.
              canvas.width = 0;
              canvas.height = 0;
            }
          } catch (error) {
            if (error instanceof DocumentError) throw error;
            throw new DocumentError('pdf-unreadable');
          } finally {
            page.cleanup();
          }
        },
        async close() {
          await task.destroy().catch(() => {});
        },
      };
      return opened;
    },

    async decodeHeic(file) {
      const { heicTo } = await import('heic-to/csp').catch(() => {
        throw new DocumentError('document-support-missing');
      });
      try {
        return await heicTo({ blob: file, type: 'image/jpeg', quality: 0.92 });
      } catch {
        throw new DocumentError('heic-unreadable');
      }
    },
  };
}
