/**
 * The research page in both languages: a public edition listed with its n,
 * fieldwork dates and citation, and its data package downloaded as a zip
 * served by the stack. The edition is frozen and published as an operator
 * does, in the database, from organisations that agreed to research use.
 */
import pg from 'pg';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { releaseQueued, seedOrganisations } from '../fixtures/seed-pool.ts';

const LABEL = `e2e-${Date.now().toString(36)}`;
// enough that the export still has rows after leaving out more where other tests' organisations declined
const ORGANISATIONS = 30;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  const sql = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await sql.connect();
  try {
    const seeded = await seedOrganisations(
      sql,
      Array.from({ length: ORGANISATIONS }, (_, i) => ({ score: 20 + (i % 8) * 10 })),
    );
    await sql.query(
      'update private.responses set research_consent = true where id = any ($1::uuid[])',
      [seeded.map((organisation) => organisation.id)],
    );
    await releaseQueued(sql);
    await sql.query(`select private.freeze_edition($1, '2020-01-01', '2030-12-31')`, [LABEL]);
    await sql.query(`select private.set_edition_access($1, 'public')`, [LABEL]);
  } finally {
    await sql.end();
  }
});

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: the research page lists a public edition and downloads its data package`, async ({
    page,
    checkA11y,
  }) => {
    const prefix = lang === 'ko' ? '/ko' : '';
    await page.goto(`${prefix}/research/`);
    const edition = page.getByTestId('edition').filter({ hasText: LABEL });
    await expect(edition).toBeVisible();
    await expect(edition).toContainText(/n = \d+/);
    await expect(edition.getByTestId('citation')).toContainText(`${LABEL}`);
    await expect(edition.getByTestId('citation')).toContainText(/SHA-256 [0-9a-f]{64}/);
    await checkA11y(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      edition.getByTestId('package-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${LABEL}.zip`);
    const zip = readFileSync((await download.path())!);
    // a zip (local file header), whose directory names the package's files
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    for (const file of [
      'data.csv',
      'datapackage.json',
      'codebook.md',
      'CITATION.cff',
      'README.md',
    ]) {
      expect(zip.includes(Buffer.from(file)), file).toBe(true);
    }
    // once built, the page lists the SHA-256 of its data.csv, the same file every download holds
    const dataDigest = execFileSync('python3', [
      '-c',
      'import hashlib, sys, zipfile; print(hashlib.sha256(zipfile.ZipFile(sys.argv[1]).read("data.csv")).hexdigest())',
      (await download.path())!,
    ])
      .toString()
      .trim();
    await page.reload();
    await expect(edition.getByTestId('data-digest')).toContainText(dataDigest);
    await checkA11y(page);
  });
}

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: a report takes its peer figures from a chosen edition and says which`, async ({
    page,
    checkA11y,
  }) => {
    const prefix = lang === 'ko' ? '/ko' : '';
    await page.goto(`${prefix}/report/#token=${process.env.E2E_DEMO_TOKEN}`);
    const source = page.getByTestId('peer-source');
    await expect(source.locator('option', { hasText: LABEL })).toHaveCount(1);
    // the summary names the latest frozen edition beside the live pool, with its n and fieldwork
    await expect(page.getByTestId('summary')).toContainText(LABEL);
    await source.selectOption(LABEL);
    await expect(page.getByTestId('group-note')).toContainText(LABEL);
    await expect(page.getByTestId('summary')).toContainText(/n = \d+/);
    await checkA11y(page);
    await source.selectOption('');
    await expect(page.getByTestId('group-note')).not.toContainText(LABEL);
  });
}

test('a private edition, or an unknown one, has no package to download', async ({ request }) => {
  expect((await request.get('/research/packages/no-such-edition.zip')).status()).toBe(404);
  expect((await request.get('/research/packages/..%2Fsecrets.json.zip')).status()).toBe(404);
  expect((await request.post(`/research/packages/${LABEL}.zip`)).status()).toBe(405);
});
