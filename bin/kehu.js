#!/usr/bin/env node
// The `kehu` command: runs the built CLI, building it first if this checkout has no build yet.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'server', 'kehu.js');
if (!existsSync(entry)) {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-server.js')], { stdio: 'inherit', cwd: root });
}
await import(pathToFileURL(entry).href);
