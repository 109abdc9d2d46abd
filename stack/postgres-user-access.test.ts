import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canEnter, firstClosedFolder, type TOsUser } from './postgres-user-access.ts';

const postgres: TOsUser = { name: 'postgres', uid: 101, gids: [104] };

describe('canEnter', () => {
  it('reads the owner, group or other search bit, whichever applies', () => {
    expect(canEnter(postgres, { mode: 0o700, uid: 101, gid: 0 })).toBe(true);
    expect(canEnter(postgres, { mode: 0o600, uid: 101, gid: 0 })).toBe(false);
    expect(canEnter(postgres, { mode: 0o710, uid: 0, gid: 104 })).toBe(true);
    expect(canEnter(postgres, { mode: 0o701, uid: 0, gid: 104 })).toBe(false);
    expect(canEnter(postgres, { mode: 0o711, uid: 0, gid: 0 })).toBe(true);
    expect(canEnter(postgres, { mode: 0o770, uid: 0, gid: 0 })).toBe(false);
  });
});

describe('firstClosedFolder, on a real mode-700 folder', () => {
  const parent = mkdtempSync(join(tmpdir(), 'cx-closed-')); // mkdtemp makes it 0700
  const clone = join(parent, 'clone', 'node_modules', 'bin');
  mkdirSync(clone, { recursive: true });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));
  const stat = (folder: string) => statSync(folder, { throwIfNoEntry: false }) ?? undefined;
  const stranger: TOsUser = { name: 'postgres', uid: 65_000, gids: [65_000] };

  it('names the mode-700 folder a stranger cannot enter', () => {
    expect(statSync(parent).mode & 0o777).toBe(0o700);
    expect(firstClosedFolder(clone, stranger, stat)?.folder).toBe(parent);
  });

  it('finds nothing once others may enter it', () => {
    chmodSync(parent, 0o711);
    expect(firstClosedFolder(clone, stranger, stat)).toBeUndefined();
    chmodSync(parent, 0o700);
  });

  it('lets the folder owner through', () => {
    const owner: TOsUser = { name: 'me', uid: statSync(parent).uid, gids: [] };
    expect(firstClosedFolder(clone, owner, stat)).toBeUndefined();
  });
});
