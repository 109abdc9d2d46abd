/**
 * The local stack's stand-in for the pg_cron job of hosted Supabase: applies
 * the queued rollup changes every few seconds (`private.apply_queued_rollups`):
 * it releases the batches the anonymity rule allows. Reports read only
 * released figures, so this is what moves them; a failed run is logged and
 * retried at the next tick. The
 * same tick runs the pool integrity upkeep (pg_cron's other job there).
 */
import pg from 'pg';

/** As often as the migration's pg_cron job runs. */
export const ROLLUP_APPLY_INTERVAL_MS = 5_000;

export type TRollupApplier = {
  /** Waits for a run in progress, then closes the connection. */
  stop: () => Promise<void>;
};

export type TRollupApplierOptions = {
  /** A connection string of a role that may execute private functions (the superuser locally). */
  databaseUrl: string;
  intervalMs?: number;
  log?: (line: string) => void;
};

export function startRollupApplier(options: TRollupApplierOptions): TRollupApplier {
  const intervalMs = options.intervalMs ?? ROLLUP_APPLY_INTERVAL_MS;
  const log = options.log ?? (() => undefined);
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const connected = async (): Promise<pg.Client> => {
    if (client) return client;
    const fresh = new pg.Client({ connectionString: options.databaseUrl });
    // a dropped connection is replaced at the next run
    fresh.on('error', () => {
      if (client === fresh) client = undefined;
    });
    await fresh.connect();
    client = fresh;
    return fresh;
  };

  const applyOnce = async () => {
    try {
      const connection = await connected();
      await connection.query('select private.apply_queued_rollups()');
      // pool integrity upkeep (20261202002000): expired drafts, spent challenges, past rate windows
      await connection.query('select private.pool_integrity_upkeep()');
    } catch (error) {
      log(
        `Applying queued rollups failed (retrying in ${intervalMs} ms): ${(error as Error).message}`,
      );
      await client?.end().catch(() => undefined);
      client = undefined;
    }
  };

  // one run at a time: the next is scheduled when the previous has finished
  const schedule = () => {
    timer = setTimeout(() => {
      running = applyOnce().finally(() => {
        running = undefined;
        if (!stopped) schedule();
      });
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
