/**
 * One running stack per data folder. A second start on the same folder
 * refuses with a clear message instead of fighting over the cluster; a lock
 * left behind by a process that no longer exists is taken over.
 */
import { openSync, writeSync, closeSync, readFileSync, rmSync } from 'node:fs';

export class DataDirInUseError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx', 0o600);
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the lock or throws DataDirInUseError; returns the release function. */
export function acquireInstanceLock(path: string, dataDir: string): () => void {
  if (!tryCreate(path)) {
    const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new DataDirInUseError(
        `Another stack (pid ${holder}) is already running on ${dataDir}. Stop it first, or set DATA_DIR to another folder.`,
      );
    }
    rmSync(path, { force: true });
    if (!tryCreate(path))
      throw new DataDirInUseError(`Could not lock ${dataDir}; another start is under way.`);
  }
  return () => rmSync(path, { force: true });
}
