import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../tests/fixtures/memory-storage.ts';
import { newToken } from '../assessment/tokens.ts';
import {
  invitationTokenOf,
  invitationUrl,
  organisationReportPath,
  readWorkspaceKey,
  rememberInvitationToken,
  rememberWorkspaceKey,
  workspaceUrl,
} from './workspace-storage.ts';

describe('workspace storage', () => {
  it('remembers the workspace key, refusing anything that is not a token', () => {
    const storage = memoryStorage();
    expect(readWorkspaceKey(storage)).toBeUndefined();
    const key = newToken();
    rememberWorkspaceKey(storage, key);
    expect(readWorkspaceKey(storage)).toBe(key);
    expect(() => rememberWorkspaceKey(storage, 'short')).toThrow();
    storage.setItem('cx-consultant:workspace', '<script>');
    expect(readWorkspaceKey(storage)).toBeUndefined();
  });

  it('keeps one invitation token per organisation, and survives unreadable data', () => {
    const storage = memoryStorage();
    const [a, b, c] = [newToken(), newToken(), newToken()];
    rememberInvitationToken(storage, 'org-1', a);
    rememberInvitationToken(storage, 'org-2', b);
    rememberInvitationToken(storage, 'org-1', c);
    expect(invitationTokenOf(storage, 'org-1')).toBe(c);
    expect(invitationTokenOf(storage, 'org-2')).toBe(b);
    expect(invitationTokenOf(storage, '__proto__')).toBeUndefined();
    storage.setItem('cx-consultant:invitations', '{not json');
    expect(invitationTokenOf(storage, 'org-1')).toBeUndefined();
    rememberInvitationToken(storage, 'org-3', a);
    expect(invitationTokenOf(storage, 'org-3')).toBe(a);
  });

  it('puts every capability in the fragment, never in the path or query', () => {
    const key = newToken();
    expect(workspaceUrl('https://x.test', '/ko/consultant/', key)).toBe(
      `https://x.test/ko/consultant/#workspace=${key}`,
    );
    expect(invitationUrl('https://x.test', '/assessment/', key)).toBe(
      `https://x.test/assessment/#invite=${key}`,
    );
    expect(organisationReportPath('/consultant/report/', key, 'a b')).toBe(
      `/consultant/report/#workspace=${key}&organisation=a%20b`,
    );
  });
});
