/**
 * The operator's benchmark editions (`npm run edition -- …`), as functions of
 * a database connection so they are tested against a real database. They call
 * the SQL functions an operator would call on hosted Supabase
 * (private.freeze_edition, set_edition_access, api.benchmark_editions) and
 * build the data package with stack/edition-package.ts.
 */
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { exportEditionPackage } from './edition-package.ts';

export const EDITION_USAGE = [
  'Usage: npm run edition -- freeze --label 2026-H2 [--from 2026-07-01 --to 2026-12-31]',
  '       npm run edition -- list',
  '       npm run edition -- publish --label 2026-H2     (its data package becomes a public download)',
  '       npm run edition -- unpublish --label 2026-H2   (private again: command-line export only)',
  '       npm run edition -- export --label 2026-H2 --out edition-2026-H2.zip',
].join('\n');

/** Exit code and text of one command. */
export type TEditionCommandResult = { exitCode: number; output: string };

type TEditionSummary = {
  label: string;
  fieldworkFrom: string;
  fieldworkTo: string;
  frozenAt: string;
  n: number;
  k: number;
  sha256: string;
  access: string;
  dataSha256: string | null;
};

const describe = (e: TEditionSummary): string =>
  `${e.label}  n = ${e.n}  k = ${e.k}  fieldwork ${e.fieldworkFrom} to ${e.fieldworkTo}  ` +
  `frozen ${e.frozenAt.slice(0, 10)}  package ${e.access}  sha256 ${e.sha256}` +
  (e.dataSha256 ? `  data.csv sha256 ${e.dataSha256}` : '');

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Runs one command; never throws for a refusal of the database (exit code 1 with its message). */
export async function runEditionCommand(
  client: pg.Client,
  args: readonly string[],
): Promise<TEditionCommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        label: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    return { exitCode: 2, output: `${(error as Error).message}\n${EDITION_USAGE}` };
  }
  const [command, ...extra] = parsed.positionals;
  const { label, from, to, out } = parsed.values;
  const usage = { exitCode: 2, output: EDITION_USAGE };
  if (extra.length > 0) return usage;
  try {
    switch (command) {
      case 'list': {
        const { rows } = await client.query<{ list: TEditionSummary[] }>(
          'select api.benchmark_editions() as list',
        );
        const list = rows[0]?.list ?? [];
        return {
          exitCode: 0,
          output: list.length ? list.map(describe).join('\n') : 'No editions.',
        };
      }
      case 'freeze': {
        if (!label || [from, to].some((d) => d !== undefined && !DATE.test(d))) return usage;
        const { rows } = await client.query<{ edition: TEditionSummary }>(
          'select private.freeze_edition($1, $2::date, $3::date) as edition',
          [label, from ?? null, to ?? null],
        );
        return { exitCode: 0, output: `Frozen: ${describe(rows[0]?.edition as TEditionSummary)}` };
      }
      case 'publish':
      case 'unpublish': {
        if (!label) return usage;
        const access = command === 'publish' ? 'public' : 'private';
        await client.query('select private.set_edition_access($1, $2)', [label, access]);
        return { exitCode: 0, output: `Edition ${label}: data package ${access}.` };
      }
      case 'export': {
        if (!label || !out) return usage;
        const summary = await exportEditionPackage(client, label, out);
        const suppressed = Object.entries(summary.suppressed)
          .map(([key, n]) => `${key} ${n}`)
          .join(', ');
        return {
          exitCode: 0,
          output:
            `Wrote ${out}: ${summary.rows} of ${summary.editionN} organisations (consenting` +
            (summary.heldBack > 0 ? `, ${summary.heldBack} more held back` : '') +
            `), ` +
            `k = ${summary.k}; values suppressed: ${suppressed} (${summary.method}); ` +
            `data.csv sha256 ${summary.data.sha256}.`,
        };
      }
      default:
        return usage;
    }
  } catch (error) {
    return { exitCode: 1, output: (error as Error).message };
  }
}
