import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { webFingerprint } from './src/web/build-fingerprint.js';

/**
 * One build for the browser code: the staff console (React, an HTML entry) and the citizen portal's
 * progressive-enhancement script (no framework). Output goes to src/web/dist; the server serves
 * dist/assets under /ui/assets/ and the console's index.html for every /console/* address
 * (src/modules/portal/console.routes.ts). The portal's HTML is rendered by the server and works
 * without this build; only its script comes from here.
 */
const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const root = join(repoRoot, 'src', 'web');
const outDir = join(root, 'dist');

/** Writes .br and .gz beside each JS/CSS asset so the server sends them compressed without work per request. */
function precompress(): Plugin {
  return {
    name: 'layanan-pbi-precompress',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!/\.(js|css|svg)$/.test(file.fileName)) continue;
        const source = file.type === 'chunk' ? file.code : file.source;
        const buffer = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
        if (buffer.length < 512) continue;
        this.emitFile({ type: 'asset', fileName: `${file.fileName}.gz`, source: gzipSync(buffer, { level: 9 }) });
        this.emitFile({
          type: 'asset',
          fileName: `${file.fileName}.br`,
          source: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        });
      }
    },
  };
}

/** Records which sources this build was made from (see src/web/build-fingerprint.ts). */
function fingerprint(): Plugin {
  return {
    name: 'layanan-pbi-fingerprint',
    apply: 'build',
    closeBundle() {
      writeFileSync(join(outDir, '.fingerprint'), webFingerprint(repoRoot));
    },
  };
}

export default defineConfig({
  root,
  base: '/ui/',
  publicDir: false,
  plugins: [react(), precompress(), fingerprint()],
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        console: join(root, 'console', 'index.html'),
        portal: join(root, 'portal', 'portal.ts'),
      },
    },
  },
  server: {
    // `npx vite` for console work: API calls go to a server started with `npm start`.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
