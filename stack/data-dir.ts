/** Where the local stack keeps its state, all inside one git-ignored folder. */
import { mkdirSync, chmodSync } from 'node:fs';
import { resolve, join } from 'node:path';

export type TDataDir = {
  root: string;
  /** PostgreSQL cluster (owned by the `postgres` OS user when run as root). */
  pgdata: string;
  /** JWT secret, API keys and database passwords, mode 0600. */
  secrets: string;
  /** Marks the folder as in use by one running stack. */
  lock: string;
  /** PostgREST listens here instead of on a TCP port. */
  postgrestSocket: string;
  /** Server logs of PostgreSQL and PostgREST. */
  postgresLog: string;
  postgrestLog: string;
};

export function dataDirLayout(root: string): TDataDir {
  const absolute = resolve(root);
  return {
    root: absolute,
    pgdata: join(absolute, 'postgres'),
    secrets: join(absolute, 'secrets.json'),
    lock: join(absolute, 'stack.lock'),
    postgrestSocket: join(absolute, 'postgrest.sock'),
    postgresLog: join(absolute, 'postgres.log'),
    postgrestLog: join(absolute, 'postgrest.log'),
  };
}

/**
 * Creates the folder: nobody else may list it; the secrets inside are 0600.
 * Others may traverse it only so that the `postgres` OS user (when started
 * as root) can reach its own cluster folder.
 */
export function ensureDataDir(layout: TDataDir): void {
  mkdirSync(layout.root, { recursive: true, mode: 0o711 });
  chmodSync(layout.root, 0o711);
}
