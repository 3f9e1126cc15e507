// Builds the server bundle and the web app when they are missing or older than their sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

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
const sourcesChangedAt = (...dirs) => Math.max(...dirs.map((d) => newest(join(root, d))));

export const buildIfStale = ({ web = true } = {}) => {
  if (
    builtAt(join(root, 'dist', 'server', 'build-stamp')) <
    sourcesChangedAt('src/server', 'src/shared', 'src/cli')
  ) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-server.js')], {
      stdio: 'inherit',
      cwd: root,
    });
  }
  if (web && builtAt(join(root, 'dist', 'web', 'index.html')) < sourcesChangedAt('src/web', 'src/shared')) {
    console.log('Building the web app…');
    execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
      stdio: 'inherit',
      cwd: root,
    });
  }
};
