/**
 * The operator's decisions on held responses (`npm run pool -- …`), as
 * functions of a database connection so they are tested against a real
 * database. They call the same SQL functions an operator would run on
 * hosted Supabase (private.held_responses, admit_response, reject_response).
 * Never shows names or tokens: id, date, duration and flags only.
 */
import type pg from 'pg';

export const POOL_USAGE = [
  'Usage: npm run pool -- held            list the responses held outside the pool',
  '       npm run pool -- admit <id>      count a held response in the benchmarks',
  '       npm run pool -- reject <id>     keep a held response out for good',
].join('\n');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type TPoolCommandResult = { exitCode: number; output: string };

type THeldRow = {
  id: string;
  submitted_at: Date;
  quality_flags: string[];
  duration_seconds: string | null;
};

export async function runPoolCommand(
  client: Pick<pg.Client, 'query'>,
  args: readonly string[],
): Promise<TPoolCommandResult> {
  const [command, id, ...rest] = args;
  if (command === 'held' && id === undefined) {
    const { rows } = await client.query<THeldRow>(
      'select id, submitted_at, quality_flags, duration_seconds from private.held_responses()',
    );
    if (rows.length === 0) return { exitCode: 0, output: 'No held responses.' };
    const lines = rows.map((row) =>
      [
        row.id,
        row.submitted_at.toISOString(),
        row.duration_seconds === null ? 'no timing' : `${row.duration_seconds} s`,
        row.quality_flags.join(','),
      ].join('  '),
    );
    return {
      exitCode: 0,
      output: [`${rows.length} held (id, submitted, duration, flags):`, ...lines].join('\n'),
    };
  }
  if ((command === 'admit' || command === 'reject') && id && rest.length === 0) {
    if (!UUID.test(id)) return { exitCode: 2, output: `Not a response id: ${id.slice(0, 40)}` };
    try {
      await client.query(`select private.${command}_response($1)`, [id]);
    } catch (error) {
      return { exitCode: 1, output: (error as Error).message };
    }
    return {
      exitCode: 0,
      output:
        command === 'admit'
          ? `Admitted ${id}: it now counts in the benchmarks.`
          : `Rejected ${id}: it stays out of the benchmarks.`,
    };
  }
  return { exitCode: 2, output: POOL_USAGE };
}
