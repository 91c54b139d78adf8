import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text the gateway sends compressed (apps/gateway/src/http/static-files.ts). */
const COMPRESSIBLE = /\.(html|js|css|json|svg|txt)$/;

/**
 * Writes `<file>.br` (brotli, best) and `<file>.gz` (gzip, best) beside every built text
 * file, once, at build time: the gateway then picks one by the request's Accept-Encoding
 * and compresses nothing per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'finsam-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((f) =>
        COMPRESSIBLE.test(f),
      );
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(outDir, name);
          if (!(await stat(file)).isFile()) return;
          const content = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await writeFile(`${file}.br`, br);
          await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

// The gateway serves the built panel from dist/ and answers GraphQL on /graphql.
export default defineConfig({
  plugins: [react(), precompress()],
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
