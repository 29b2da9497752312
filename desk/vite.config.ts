import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The desk is built into dist/desk, which the API serves under /desk/ (src/plugins/desk.ts).
 * Preact's JSX through Vite's own transform: no framework plugin needed for a production build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/desk/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/desk', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Nothing inlined as data: URIs, so the desk's CSP can stay strict.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
});
