import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves the built panel from dist/ and answers GraphQL on /graphql.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4000', changeOrigin: true } },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 2500 },
});
