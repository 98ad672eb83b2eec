import { createReadStream, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export interface VendoredAssets {
  /** The plugin's name, for Vite's messages. */
  name: string;
  /** The `import.meta.env` key the app reads the folder from, e.g. "VITE_OCR_ASSETS". */
  envKey: string;
  /** The folder they are served from, named by the library versions so caches never mix them. */
  dir: string;
  /** Path under `dir` → the file on disk. */
  assets: Record<string, string>;
  /** Content types by file ending; anything else is served as bytes. */
  types: Record<string, string>;
}

/**
 * Files a library loads at run time (workers, WebAssembly, data), served from
 * the app's own origin: from node_modules while developing, copied into the
 * build for production. No CDN is ever asked.
 */
export function vendoredAssetsPlugin({ name, envKey, dir, assets, types }: VendoredAssets): Plugin {
  return {
    name,
    config: () => ({ define: { [`import.meta.env.${envKey}`]: JSON.stringify(`${dir}/`) } }),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const prefix = `/${dir}/`;
        const at = path.indexOf(prefix);
        const file = at >= 0 ? assets[path.slice(at + prefix.length)] : undefined;
        if (!file) return next();
        res.setHeader(
          'Content-Type',
          types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
        );
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(assets)) {
        this.emitFile({
          type: 'asset',
          fileName: `${dir}/${fileName}`,
          source: readFileSync(file),
        });
      }
    },
  };
}
