/**
 * Started as root, the cluster runs as the unprivileged `postgres` OS user
 * (PostgreSQL refuses to run as root). That user must be able to enter every
 * folder above the PostgreSQL binaries and the data folder; a clone under a
 * mode-700 folder (as /root usually is) stops it. This finds the first such
 * folder, so start-up can say so instead of crashing in initdb.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type TOsUser = { name: string; uid: number; gids: number[] };
export type TFolderMode = { mode: number; uid: number; gid: number };

/** Whether `user` may enter (search) a folder with this owner and mode. */
export function canEnter(user: TOsUser, folder: TFolderMode): boolean {
  if (user.uid === 0) return true;
  if (user.uid === folder.uid) return (folder.mode & 0o100) !== 0;
  if (user.gids.includes(folder.gid)) return (folder.mode & 0o010) !== 0;
  return (folder.mode & 0o001) !== 0;
}

/** The first folder from `/` down to `path` (inclusive) that `user` cannot enter, if any. */
export function firstClosedFolder(
  path: string,
  user: TOsUser,
  stat: (folder: string) => TFolderMode | undefined,
): { folder: string; mode: TFolderMode } | undefined {
  const chain: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    chain.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of chain) {
    const mode = stat(folder);
    if (!mode) return undefined; // not created yet: it will be created by root, mode 0711
    if (!canEnter(user, mode)) return { folder, mode };
  }
  return undefined;
}

/** The `postgres` OS user, or an unknown user with no groups if it does not exist yet. */
function postgresUser(): TOsUser {
  const id = (flag: string) =>
    execFileSync('id', [flag, 'postgres'], { stdio: 'pipe', encoding: 'utf8' }).trim();
  try {
    return { name: 'postgres', uid: Number(id('-u')), gids: id('-G').split(/\s+/).map(Number) };
  } catch {
    return { name: 'postgres', uid: -1, gids: [] };
  }
}

const statFolder = (folder: string): TFolderMode | undefined =>
  statSync(folder, { throwIfNoEntry: false }) ?? undefined;

/**
 * Throws a message that says why and what to do when the `postgres` user
 * cannot reach one of `paths` (the binaries' folder, the cluster's folder).
 */
export function assertPostgresUserCanReach(
  paths: string[],
  makeError: (message: string) => Error,
): void {
  const user = postgresUser();
  for (const path of paths) {
    const closed = firstClosedFolder(path, user, statFolder);
    if (!closed) continue;
    const mode = (closed.mode.mode & 0o777).toString(8).padStart(3, '0');
    throw makeError(
      `Started as root, PostgreSQL runs as the unprivileged \`postgres\` user, which cannot enter ` +
        `${closed.folder} (mode ${mode}) on the way to ${path}. Either run npm start as a ` +
        `non-root user, or let other users enter that folder (\`chmod o+x ${closed.folder}\`), ` +
        'or clone the project into a folder they can enter (and set DATA_DIR to one as well).',
    );
  }
}
