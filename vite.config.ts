import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const STABLE = new Set(['dateline-embed', 'dateline-parent', 'dateline']);

/** Vite builds the app (index.html) and the lean embed entry (embed.html). */
export const config = defineConfig({
  base: './',
  server: { host: '127.0.0.1', open: true },
  preview: { host: '127.0.0.1' },
  // Module workers, so the gazetteer stays its own lazily loaded chunk instead of being folded into the worker script.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        app: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        present: resolve(import.meta.dirname, 'present.html'),
        author: resolve(import.meta.dirname, 'author.html'),
        // Stable names, so a page can include them with one tag: the custom element + JS API, and the parent-page helper.
        'dateline-embed': resolve(import.meta.dirname, 'src/embed/index.ts'),
        'dateline-parent': resolve(import.meta.dirname, 'src/embed/parentMain.ts'),
        dateline: resolve(import.meta.dirname, 'src/embed/dateline.css'),
      },
      // Keep the exports of the script entries (`mount`, `connectFrame`): pages import them.
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) => (STABLE.has(chunk.name) ? '[name].js' : 'assets/[name]-[hash].js'),
        assetFileNames: (asset) => (asset.names.some((n) => STABLE.has(n.replace(/\.css$/, ''))) ? '[name][extname]' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
});

export { config as default };
