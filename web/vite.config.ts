import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in web/ and builds into dist/web/, which `chronicle serve` serves at /.
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  // `npx vite --config web/vite.config.ts` for development against a running `chronicle serve`.
  server: { proxy: { '/api': process.env.CHRONICLE_API ?? 'http://127.0.0.1:8787' } },
});
