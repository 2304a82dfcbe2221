import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/** Vite builds the app (index.html) and the lean embed entry (embed.html). */
export const config = defineConfig({
  base: './',
  server: { host: '127.0.0.1', open: true },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        app: resolve(import.meta.dirname, 'index.html'),
      },
    },
  },
});

export { config as default };
