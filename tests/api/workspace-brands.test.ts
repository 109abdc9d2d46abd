/**
 * White label through the real API: the logo checked by its bytes in the
 * database, the accent by its contrast, both cross-checked with the pure
 * rules the page uses, and one workspace's brand never reaching another's.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { accentProblem } from '../../src/lib/brand/contrast.ts';
import { logoProblem } from '../../src/lib/brand/logo-bytes.ts';
import { fetchOrganisationReport, fetchWorkspaceOverview } from '../../src/lib/api/consultant.ts';
import {
  answerInvitation,
  consultantWithClient,
  executiveAnswers,
  resetConsultantState,
} from '../fixtures/consultant-client.ts';
import {
  ascii,
  concat,
  JPEG,
  PNG,
  PNG_POLYGLOT,
  pngOfSize,
  SVG,
  WEBP_LOSSLESS,
  WEBP_LOSSY,
} from '../fixtures/logo-samples.ts';
import { useIsolatedApi } from './isolated-api.ts';

const api = useIsolatedApi();

beforeEach(() => resetConsultantState(api.sql));

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function setBrand(workspaceKey: string, brand: Record<string, unknown>) {
  return api.anon.rpc('set_workspace_brand', { workspace_key: workspaceKey, ...brand });
}

describe("a workspace's logo", () => {
  it('is judged by its bytes: a PNG named .svg passes, an SVG named .png, a polyglot and an oversized file do not', async () => {
    const { workspaceKey } = await consultantWithClient(api.anon);
    const attempt = async (bytes: Uint8Array) =>
      (await setBrand(workspaceKey, { name: 'Acme Consulting', logo: base64(bytes) })).error
        ?.hint ?? null;
    // (the API never sees a file name: what a browser calls "logo.svg" arrives as its bytes)
    expect(await attempt(PNG)).toBeNull();
    expect(await attempt(JPEG)).toBeNull();
    expect(await attempt(WEBP_LOSSY)).toBeNull();
    expect(await attempt(SVG)).toBe('logo_not_an_image');
    expect(await attempt(PNG_POLYGLOT)).toBe('logo_polyglot');
    expect(await attempt(concat(PNG, ascii('<script>')))).toBe('logo_polyglot');
    expect(await attempt(pngOfSize(204_800))).toBeNull();
    expect(await attempt(pngOfSize(204_801))).toBe('logo_too_large');
    const garbled = await setBrand(workspaceKey, { name: 'Acme Consulting', logo: '***' });
    expect(garbled.error?.hint).toBe('invalid_logo');
    // what is stored is the last accepted logo, served as a data: URL of its real type
    const { brand } = await fetchWorkspaceOverview(workspaceKey, api.anon);
    expect(brand?.logo).toBe(`data:image/png;base64,${base64(pngOfSize(204_800))}`);
  });

  it('is refused by the database exactly when the page refuses it, on hand-made and mutated files', async () => {
    const samples: Uint8Array[] = [
      PNG,
      JPEG,
      WEBP_LOSSLESS,
      WEBP_LOSSY,
      SVG,
      PNG_POLYGLOT,
      new Uint8Array(0),
      pngOfSize(204_801),
      concat(JPEG, ascii('<!DOCTYPE html>')),
      concat(WEBP_LOSSY, Uint8Array.of(0)), // RIFF size no longer matches
      PNG.slice(0, 32),
      JPEG.slice(0, JPEG.length - 1),
      concat(ascii('<?XmL version="1.0"?>'), PNG),
    ];
    // every single-byte change of the first 20 bytes of each image, and a few flipped letters
    for (const image of [PNG, JPEG, WEBP_LOSSY]) {
      for (let at = 0; at < 20; at++) {
        const changed = image.slice();
        changed[at] = (changed[at]! + 1) % 256;
        samples.push(changed);
      }
    }
    samples.push(
      concat(PNG, ascii('<sVg')),
      concat(PNG, ascii('<sv g')),
      concat(PNG, ascii('svg')),
    );
    const { rows } = await api.sql.query<{ problem: string | null }>(
      `select private.logo_problem(decode(b, 'base64')) as problem
       from unnest($1::text[]) with ordinality as t(b, i) order by i`,
      [samples.map(base64)],
    );
    const seen = new Set<string | null>();
    rows.forEach(({ problem }, i) => {
      expect(problem, `sample ${i}`).toBe(logoProblem(samples[i]!));
      seen.add(problem);
    });
    expect([...seen].sort()).toEqual([null, 'not_an_image', 'polyglot', 'too_large'].sort());
  });
});

describe("a workspace's accent colour", () => {
  it('is refused when text in it on white fails WCAG AA, by the same rule as the page, on 2000 colours', async () => {
    let state = 11;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    const colours = ['#767676', '#777777', '#000000', '#ffffff', '#0b5cad'];
    for (let i = 0; i < 2000; i++) {
      colours.push(`#${[0, 0, 0].map(() => hex(Math.floor(random() * 256))).join('')}`);
    }
    const { rows } = await api.sql.query<{ passes: boolean }>(
      `select private.accent_contrast(c) >= 4.5 as passes
       from unnest($1::text[]) with ordinality as t(c, i) order by i`,
      [colours],
    );
    rows.forEach(({ passes }, i) =>
      expect(passes, colours[i]).toBe(accentProblem(colours[i]!) === null),
    );
    expect(rows.slice(0, 2).map((row) => row.passes)).toEqual([true, false]);

    const { workspaceKey } = await consultantWithClient(api.anon);
    const hint = async (accent: string) =>
      (await setBrand(workspaceKey, { name: 'Acme', accent })).error?.hint ?? null;
    expect(await hint('#777777')).toBe('accent_low_contrast');
    expect(await hint('#767676')).toBeNull();
    expect(await hint('red')).toBe('invalid_accent');
    expect(await hint('#0B5CAD')).toBeNull();
  });

  it('refuses a bad name or footer with a clear error and keeps the brand as it was', async () => {
    const { workspaceKey } = await consultantWithClient(api.anon);
    expect(
      (await setBrand(workspaceKey, { name: 'Acme', footer: 'hello@acme.test' })).error,
    ).toBeNull();
    for (const [brand, code] of [
      [{ name: '' }, 'invalid_brand_name'],
      [{ name: 'x'.repeat(81) }, 'invalid_brand_name'],
      [{ name: 'Acme\u0007' }, 'invalid_brand_name'],
      [{ name: 'Acme \u202egnitlusnoC' }, 'invalid_brand_name'],
      [{ name: 'Acme\u200b' }, 'invalid_brand_name'],
      [{ name: 'Acme', footer: 'call \u2066+82\u2069' }, 'invalid_brand_footer'],
      [{ name: 'Acme', footer: 'line\nbreak' }, 'invalid_brand_footer'],
      [{ name: 'Acme', footer: 'x'.repeat(201) }, 'invalid_brand_footer'],
    ] as const) {
      const { error } = await setBrand(workspaceKey, brand);
      expect(error?.hint, JSON.stringify(brand)).toBe(code);
      expect(error?.message.length).toBeLessThan(200);
    }
    const { brand } = await fetchWorkspaceOverview(workspaceKey, api.anon);
    expect(brand).toEqual({
      name: 'Acme',
      footer: 'hello@acme.test',
      accent: '#0b5cad',
      logo: null,
    });
  });
});

describe("one workspace's brand", () => {
  it('reaches its own reports, shared links and invitation page, and never another workspace', async () => {
    const acme = await consultantWithClient(api.anon, 'Client of Acme');
    const other = await consultantWithClient(api.anon, 'Client of Other');
    await setBrand(acme.workspaceKey, {
      name: 'Acme Consulting',
      footer: 'acme.test',
      accent: '#8a1c1c',
      logo: base64(PNG),
    });
    for (const seed of [1, 2, 3]) {
      await answerInvitation(api.anon, acme.invitationToken, executiveAnswers(seed));
      await answerInvitation(api.anon, other.invitationToken, executiveAnswers(seed + 10));
    }
    const acmeReport = await fetchOrganisationReport(acme, api.anon);
    expect(acmeReport.brand?.name).toBe('Acme Consulting');
    expect(
      (await api.anon.rpc('invitation', { invitation_token: acme.invitationToken })).data.brand
        .name,
    ).toBe('Acme Consulting');

    // the other consultant sees the product's brand, and cannot set or remove Acme's
    expect((await fetchOrganisationReport(other, api.anon)).brand).toBeNull();
    expect(
      (await api.anon.rpc('invitation', { invitation_token: other.invitationToken })).data.brand,
    ).toBeNull();
    expect((await fetchWorkspaceOverview(other.workspaceKey, api.anon)).brand).toBeNull();
    const stolen = await api.anon.rpc('set_workspace_brand', {
      workspace_key: acme.invitationToken,
      name: 'Hijacked',
    });
    expect(stolen.error?.hint).toBe('unknown_workspace');
    await api.anon.rpc('remove_workspace_brand', { workspace_key: other.workspaceKey });
    expect((await fetchWorkspaceOverview(acme.workspaceKey, api.anon)).brand?.name).toBe(
      'Acme Consulting',
    );
  });
});
