import type { ReadingFont } from './preferences';

/**
 * Self-hosted fonts (@fontsource), whose CSS and font files are loaded only
 * when a person chooses them, so no one downloads a font they do not use.
 * Atkinson Hyperlegible is the app's own font and already loaded.
 */
const LOADERS: Partial<Record<ReadingFont, () => Promise<unknown>>> = {
  lexend: () =>
    Promise.all([import('@fontsource/lexend/400.css'), import('@fontsource/lexend/700.css')]),
  opendyslexic: () =>
    Promise.all([
      import('@fontsource/opendyslexic/400.css'),
      import('@fontsource/opendyslexic/700.css'),
    ]),
};

export const FONT_FAMILIES: Record<ReadingFont, string> = {
  app: 'var(--font)',
  lexend: '"Lexend", var(--font)',
  opendyslexic: '"OpenDyslexic", var(--font)',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};

const loaded = new Map<ReadingFont, Promise<void>>();

export function loadFont(font: ReadingFont): Promise<void> {
  const loader = LOADERS[font];
  if (!loader) return Promise.resolve();
  let promise = loaded.get(font);
  if (!promise) {
    promise = loader().then(
      () => undefined,
      (error) => {
        loaded.delete(font);
        throw error;
      },
    );
    loaded.set(font, promise);
  }
  return promise;
}
