import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';

/**
 * The offline viewer for storyToStandaloneHtml: ONE self-contained IIFE script and ONE
 * stylesheet in dist/standalone/ (run after the main build; it empties only that folder).
 * Library mode inlines every asset as a data: URL, so the Natural Earth basemap and Leaflet's
 * images travel inside the files; only the 1:110m basemap is bundled (the 1:50m import is
 * pointed at it), which keeps the script small.
 */
const onlySmallBasemap: Plugin = {
  name: 'dateline-standalone-basemap',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (source !== 'world-atlas/countries-50m.json?url') return null;
    return this.resolve('world-atlas/countries-110m.json?url', importer, { skipSelf: true });
  },
};

export const config = defineConfig({
  base: './',
  plugins: [onlySmallBasemap],
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, 'dist/standalone'),
    emptyOutDir: true,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    lib: {
      entry: resolve(import.meta.dirname, 'src/standalone/standaloneMain.ts'),
      formats: ['iife'],
      name: 'DatelineStandalone',
      fileName: () => 'dateline-standalone.js',
      cssFileName: 'dateline-standalone',
    },
  },
});

export { config as default };
