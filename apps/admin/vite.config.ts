import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves the built panel from dist/ and answers GraphQL on /graphql.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4000', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    // No source maps in a build unless asked for (ADMIN_SOURCEMAP=true): they would ship the
    // panel's source to anyone. The gateway serves *.map only with SERVE_SOURCE_MAPS=true.
    sourcemap: process.env.ADMIN_SOURCEMAP === 'true',
    chunkSizeWarningLimit: 2500,
  },
});
