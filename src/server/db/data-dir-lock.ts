import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type LockState = { held: true } | { held: false; pid: number };

const lockPath = (dataDir: string) => join(dataDir, 'kehu.pid');

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The process currently serving this data directory, if any (a stale lock from a crash does not count). */
export const lockHolder = (dataDir: string): number | undefined => {
  try {
    const pid = Number(readFileSync(lockPath(dataDir), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
};

/** Claims the data directory for this process unless a live process already holds it. */
export const acquireLock = (dataDir: string): LockState => {
  mkdirSync(dataDir, { recursive: true });
  const holder = lockHolder(dataDir);
  if (holder) return { held: false, pid: holder };
  writeFileSync(lockPath(dataDir), String(process.pid));
  return { held: true };
};

export const releaseLock = (dataDir: string): void => {
  try {
    if (Number(readFileSync(lockPath(dataDir), 'utf8').trim()) === process.pid) rmSync(lockPath(dataDir));
  } catch {
    // already gone
  }
};
