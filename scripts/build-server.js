// Bundles the server and CLI into dist/server/kehu.js and the model fit worker into
// dist/server/fit-worker.js (npm packages stay external), and copies the embedded database
// worker beside them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'server');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: {
    kehu: join(root, 'src', 'cli', 'main.ts'),
    // Started by refresh/fit-in-worker.ts, which looks for it beside kehu.js.
    'fit-worker': join(root, 'src', 'server', 'modules', 'analytics', 'refresh', 'fit-worker.ts'),
  },
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
for (const file of ['embedded-worker.mjs', 'pglite-wire-server.mjs'])
  copyFileSync(join(root, 'src', 'server', 'db', file), join(out, file));
writeFileSync(join(out, 'build-stamp'), new Date().toISOString());
console.log('Built dist/server/kehu.js and dist/server/fit-worker.js');
