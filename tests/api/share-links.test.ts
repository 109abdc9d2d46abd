import { beforeEach, describe, expect, it } from 'vitest';
import {
  createShareLink,
  fetchSharedReport,
  listShareLinks,
  revokeShareLink,
} from '../../src/lib/api/share-links.ts';
import { newToken } from '../../src/lib/assessment/tokens.ts';
import { seedOrganisation } from '../fixtures/seed-pool.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(async () => {
  await api.sql.query(
    'truncate private.responses, private.segment_sizes, private.segment_score_bins, private.group_stage_counts, private.released_cells, private.benchmark_releases cascade',
  );
});

describe('share links', () => {
  it('creates a read-only link that opens the report, lists it, and stores only its hash', async () => {
    const owner = await seedOrganisation(api.sql, { score: 61.5 });
    const shareToken = newToken();
    const link = await createShareLink(
      { reportToken: owner.reportToken, shareToken, label: 'Board, Q4' },
      api.anon,
    );
    expect(link).toMatchObject({ label: 'Board, Q4', status: 'active', expiresAt: null });

    const shared = await fetchSharedReport({ shareToken }, api.anon);
    expect(shared.shared).toBe(true);
    if (!('response' in shared)) throw new Error('an executive’s report must open as one');
    expect(shared.response.responseId).toBe(owner.id);
    expect(shared.response.scores.find((s) => s.dimension === 'overall')?.score).toBe(61.5);

    expect(await listShareLinks(owner.reportToken, api.anon)).toEqual([link]);
    const { rows } = await api.sql.query('select token_hash from private.share_links');
    expect(Buffer.from(rows[0].token_hash).toString('latin1')).not.toContain(shareToken);
  });

  it('names the company in its owner’s report only, never in a shared one', async () => {
    const owner = await seedOrganisation(api.sql, { score: 48 });
    await api.sql.query(
      'insert into private.organisation_names (response_id, name) values ($1, $2)',
      [owner.id, 'Acme Insurance'],
    );
    const mine = await api.anon.rpc('benchmark_report', { report_token: owner.reportToken });
    expect(mine.data).toMatchObject({ organisationName: 'Acme Insurance' });
    const shareToken = newToken();
    await createShareLink({ reportToken: owner.reportToken, shareToken }, api.anon);
    const shared = await api.anon.rpc('shared_report', { share_token: shareToken });
    expect(shared.error).toBeNull();
    expect(JSON.stringify(shared.data)).not.toContain('Acme');
    const unnamed = await seedOrganisation(api.sql, { score: 50 });
    const theirs = await api.anon.rpc('benchmark_report', { report_token: unnamed.reportToken });
    expect(theirs.data).toMatchObject({ organisationName: null });
  });

  it('answers 404 for an unknown link and 410 for a revoked or expired one', async () => {
    const owner = await seedOrganisation(api.sql, { score: 40 });
    const unknown = await fetch(`${api.url}/rest/v1/rpc/shared_report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', apikey: api.cluster.secrets.anonKey },
      body: JSON.stringify({ share_token: newToken() }),
    });
    const unknownBody = await unknown.clone().text();
    expect(unknown.status, unknownBody).toBe(404);
    expect((await unknown.json()).message).toBe('This link does not exist.');

    const revokedToken = newToken();
    const link = await createShareLink(
      { reportToken: owner.reportToken, shareToken: revokedToken },
      api.anon,
    );
    expect((await revokeShareLink(owner.reportToken, link.id, api.anon)).status).toBe('revoked');
    const revoked = await fetch(`${api.url}/rest/v1/rpc/shared_report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', apikey: api.cluster.secrets.anonKey },
      body: JSON.stringify({ share_token: revokedToken }),
    });
    expect(revoked.status).toBe(410);
    expect((await revoked.json()).message).toBe('This link is no longer available.');

    const expiringToken = newToken();
    const expiring = await createShareLink(
      {
        reportToken: owner.reportToken,
        shareToken: expiringToken,
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
      api.anon,
    );
    await api.sql.query(
      `update private.share_links set expires_at = now() - interval '1 second' where id = $1`,
      [expiring.id],
    );
    await expect(fetchSharedReport({ shareToken: expiringToken }, api.anon)).rejects.toThrow(
      'This link is no longer available.',
    );
    const statuses = (await listShareLinks(owner.reportToken, api.anon))
      .map((l) => l.status)
      .sort();
    expect(statuses).toEqual(['expired', 'revoked']);
  });

  it("refuses to manage another report's links or a past expiry", async () => {
    const owner = await seedOrganisation(api.sql, { score: 40 });
    const other = await seedOrganisation(api.sql, { score: 50 });
    const link = await createShareLink(
      { reportToken: owner.reportToken, shareToken: newToken() },
      api.anon,
    );
    await expect(revokeShareLink(other.reportToken, link.id, api.anon)).rejects.toThrow(
      'This report has no such share link.',
    );
    expect(await listShareLinks(other.reportToken, api.anon)).toEqual([]);
    await expect(
      createShareLink(
        {
          reportToken: owner.reportToken,
          shareToken: newToken(),
          expiresAt: '2020-01-01T00:00:00Z',
        },
        api.anon,
      ),
    ).rejects.toThrow('A share link must expire in the future and within a year.');
    await expect(listShareLinks(newToken(), api.anon)).rejects.toThrow('No report for this link.');
  });
});
