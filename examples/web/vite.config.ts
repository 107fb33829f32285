import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The example web app. `vite` serves it with the API proxied to a county server on 8080. */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/example': 'http://127.0.0.1:8080',
    },
  },
});
