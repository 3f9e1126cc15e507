#!/usr/bin/env node
// The `kehu` command: runs the built CLI, building the server first if it is missing or stale.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIfStale } from '../scripts/build-if-stale.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
buildIfStale({ web: false });
await import(pathToFileURL(join(root, 'dist', 'server', 'kehu.js')).href);
