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
  reportWorkspaceKey,
  withoutWorkspaceKey,
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

describe("the organisation report's workspace key", () => {
  const key = 'K'.repeat(43);
  const other = 'L'.repeat(43);
  it('takes the key from the link once, keeps it for the tab, and leaves it out of the address', () => {
    const tab = memoryStorage();
    const browser = memoryStorage();
    expect(reportWorkspaceKey(`#workspace=${key}&organisation=o`, tab, browser)).toBe(key);
    // reloaded without it: the tab's copy
    expect(reportWorkspaceKey('#organisation=o', tab, browser)).toBe(key);
    expect(withoutWorkspaceKey(`#workspace=${key}&organisation=o&industry=x`)).toBe(
      '#organisation=o&industry=x',
    );
    expect(withoutWorkspaceKey(`#workspace=${key}`)).toBe('');
  });

  it("falls back on the browser's remembered workspace, and refuses a malformed key", () => {
    const browser = memoryStorage();
    rememberWorkspaceKey(browser, other);
    expect(reportWorkspaceKey('#organisation=o', memoryStorage(), browser)).toBe(other);
    expect(
      reportWorkspaceKey('#workspace=short', memoryStorage(), memoryStorage()),
    ).toBeUndefined();
  });
});
