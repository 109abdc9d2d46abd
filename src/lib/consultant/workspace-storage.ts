/**
 * What a consultant's browser remembers: the workspace key (so the page opens
 * without the link) and the invitation links it made (the server keeps only
 * their hashes, so a link can be shown again only where it was made). And the
 * addresses built from them, every capability in the fragment.
 */
import { z } from 'zod/mini';
import { TOKEN_PATTERN } from '../assessment/tokens.ts';

const WORKSPACE = 'cx-consultant:workspace';
const INVITATIONS = 'cx-consultant:invitations';
const REPORT_WORKSPACE = 'cx-consultant:report-workspace';

const ZToken = z.string().check(z.regex(TOKEN_PATTERN));
const ZInvitationTokens = z.record(z.string(), ZToken);

type TStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readWorkspaceKey(storage: Pick<Storage, 'getItem'>): string | undefined {
  const parsed = ZToken.safeParse(storage.getItem(WORKSPACE));
  return parsed.success ? parsed.data : undefined;
}

export function rememberWorkspaceKey(storage: TStorage, key: string): void {
  storage.setItem(WORKSPACE, ZToken.parse(key));
}

function invitationTokens(storage: Pick<Storage, 'getItem'>): Record<string, string> {
  try {
    const parsed = ZInvitationTokens.safeParse(JSON.parse(storage.getItem(INVITATIONS) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The invitation token this browser made for an organisation, if it made one. */
export function invitationTokenOf(
  storage: Pick<Storage, 'getItem'>,
  organisationId: string,
): string | undefined {
  const tokens = invitationTokens(storage);
  return Object.hasOwn(tokens, organisationId) ? tokens[organisationId] : undefined;
}

export function rememberInvitationToken(
  storage: TStorage,
  organisationId: string,
  token: string,
): void {
  storage.setItem(
    INVITATIONS,
    JSON.stringify({ ...invitationTokens(storage), [organisationId]: ZToken.parse(token) }),
  );
}

export const workspaceUrl = (origin: string, consultantPath: string, key: string) =>
  `${origin}${consultantPath}#workspace=${key}`;

export const invitationUrl = (origin: string, assessmentPath: string, token: string) =>
  `${origin}${assessmentPath}#invite=${token}`;

export const organisationReportPath = (reportPath: string, key: string, organisationId: string) =>
  `${reportPath}#workspace=${key}&organisation=${encodeURIComponent(organisationId)}`;

/**
 * The organisation report's workspace key, kept out of the address bar: a
 * browser that prints the address in a page's header or footer would print
 * it on a client's copy. The key in the link arrives in the fragment and is
 * kept for this tab only; a reload reads it back, else the remembered one.
 */
export function reportWorkspaceKey(
  hash: string,
  tab: TStorage,
  browser: Pick<Storage, 'getItem'>,
): string | undefined {
  const given = new URLSearchParams(hash.replace(/^#/, '')).get('workspace');
  if (given !== null && ZToken.safeParse(given).success) {
    tab.setItem(REPORT_WORKSPACE, given);
    return given;
  }
  const kept = ZToken.safeParse(tab.getItem(REPORT_WORKSPACE));
  return kept.success ? kept.data : readWorkspaceKey(browser);
}

/** The fragment less its workspace key (the organisation and segment stay). */
export function withoutWorkspaceKey(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('workspace');
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}
