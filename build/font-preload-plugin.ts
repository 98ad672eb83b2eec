import type { Plugin } from 'vite';

/**
 * Preloads the two font files the first paint uses (Atkinson Hyperlegible,
 * Latin, regular and bold), so text does not reflow when they arrive.
 */
export function fontPreloadPlugin(): Plugin {
  return {
    name: 'at-sandbox-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter((file) =>
          /atkinson-hyperlegible-latin-(400|700)-normal-[\w-]+\.woff2$/.test(file),
        );
        return fonts.map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            href: `./${file}`,
            crossorigin: '',
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
