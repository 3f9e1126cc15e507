import { execFileSync } from 'node:child_process';

/** Browser tests need the built web app; build it (and the server) if stale. */
export function setup() {
  execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "import('./scripts/build-if-stale.js').then((m) => m.buildIfStale())"],
    {
      stdio: 'inherit',
    },
  );
}
