// `npm start`: builds whatever is missing or older than the sources, then runs `kehu serve`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync, spawn } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const newest = (dir) => {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
};
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const sources = (...dirs) => Math.max(...dirs.map((d) => newest(join(root, d))));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (builtAt(join(root, 'dist', 'server', 'build-stamp')) < sources('src/server', 'src/shared', 'src/cli')) {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-server.js')], { stdio: 'inherit', cwd: root });
}
if (builtAt(join(root, 'dist', 'web', 'index.html')) < sources('src/web', 'src/shared')) {
  console.log('Building the web app (first start takes a minute)…');
  execFileSync(npm, ['run', 'build:web'], { stdio: 'inherit', cwd: root });
}
const child = spawn(process.execPath, [join(root, 'bin', 'kehu.js'), 'serve'], {
  stdio: 'inherit',
  cwd: root,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
