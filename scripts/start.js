// `npm start`: builds whatever is missing or older than the sources, then runs `kehu serve`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { buildIfStale } from './build-if-stale.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
buildIfStale();
const child = spawn(process.execPath, [join(root, 'bin', 'kehu.js'), 'serve'], {
  stdio: 'inherit',
  cwd: root,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
