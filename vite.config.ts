import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { parseOrigins } from './src/embed/allowedOrigins';

const STABLE = new Set(['dateline-embed', 'dateline-parent', 'dateline']);

/**
 * Pins the parent pages an embed frame obeys: DATELINE_PARENT_ORIGINS (origins separated by spaces
 * or commas, or `self`) is written into embed.html's meta tag; unset, the tag stays empty.
 */
function pinParentOrigins(value = process.env['DATELINE_PARENT_ORIGINS']): Plugin {
  // Only parsed origins reach the attribute, so the variable cannot write markup.
  const content = value === undefined ? null : parseOrigins(value).join(' ') || 'self';
  return {
    name: 'dateline-pin-parent-origins',
    transformIndexHtml: (html) => (content === null ? html : html.replace('<meta name="dateline-parent-origins" content="" />', `<meta name="dateline-parent-origins" content="${content}" />`)),
  };
}

/** Vite builds the app (index.html) and the lean embed entry (embed.html). */
export const config = defineConfig({
  base: './',
  plugins: [pinParentOrigins()],
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
