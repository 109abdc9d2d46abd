/**
 * Freezing a benchmark edition and building its research data package at
 * 100k and 1M organisations (issue 16): the time of `private.freeze_edition`
 * and of `exportEditionPackage` (stack/edition-package.ts), the package's
 * size, and how much this process's resident memory grew while it built the
 * package. The package must stream: memory may not grow with the data.
 *
 * Editions take only the live pool's released, consented entries, and the
 * synthetic organisations are in the bench pool, which editions leave out. So
 * that the measured edition holds them, the synthetic rows 1..size are moved
 * to the live pool in this throwaway database for the measurement only, with
 * research consent and a complete answer set each (so data.csv has every
 * item column filled, as a real edition's has), and moved back afterwards
 * (bench pool, no consent, no answers, as generated), so the sizes that follow
 * measure the same pool as without this step. Moving them is one UPDATE of
 * the rows already there, which is cheaper than copying them with their
 * scores (seven rows each) and organisation results; their organisation
 * results and rollups stay as they are (an edition reads
 * private.organisation_results less the rollup queue, not the rollups). The
 * move is not timed. The consultant workspace's organisations stay in the
 * bench pool, and the submissions the bench made in the live pool enter the
 * edition (n) but not its package (they did not consent).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { exportEditionPackage } from '../stack/edition-package.ts';
import { assessmentV1Spec } from '../surveys/assessment/index.ts';
import { completeAnswers, seededPick } from '../tests/fixtures/answer-sets.ts';
import { benchResponseId, PROFILE_ATTRIBUTES } from './synthetic-pool.ts';
import { timed } from './timing.ts';

/** The sizes the edition is measured at (freezing 10k says little). */
export const EDITION_SIZES: readonly number[] = [100_000, 1_000_000];

/** Distinct answer sets handed out over the rows (by a hash of the id). */
const ANSWER_SETS = 256;
const RSS_SAMPLE_MS = 50;
const MB = 1024 * 1024;
/**
 * Streaming check: the export's peak RSS growth must stay under this floor, or
 * under half of data.csv's uncompressed size when that is larger. A streaming
 * export holds the combinations, the aggregate tables and one batch of rows
 * (2000), whatever the size; one that read every row at once (no cursor), or
 * kept them as objects, needs several KB per row, gigabytes at 1M. The floor
 * is V8's room to let garbage pile up before it collects, which is not data
 * held: at 100k (data.csv 18 MB) the RSS grew by about 150 MB. Below 1M a
 * package built in memory cannot be told from that slack by its peak alone;
 * that the growth stays flat from 100k to 1M is the evidence.
 */
const STREAMING_FLOOR_MB = 512;

export type TEditionBench = {
  /** Synthetic organisations moved to the live pool, consented (untimed set-up). */
  eligible: number;
  eligibleMs: number;
  freezeMs: number;
  /** The frozen edition's n (the synthetic organisations and the bench's released live submissions). */
  editionN: number;
  exportMs: number;
  /** Rows of data.csv. */
  rows: number;
  packageBytes: number;
  /** Uncompressed size of data.csv in the package. */
  dataBytes: number;
  /** Peak RSS of this process during the export, less its RSS just before. */
  peakRssMb: number;
  /** Peak V8 heap in use during the export, less the heap just before. */
  peakHeapMb: number;
  /** The streaming limit the peak RSS growth was checked against. */
  rssLimitMb: number;
};

const firstId = benchResponseId(1);
const lastId = (size: number) => benchResponseId(size);

/** Moves synthetic rows 1..size to the live pool, consented, with answers; the number moved. */
async function makeEligible(client: pg.Client, size: number): Promise<number> {
  const answerSets = Array.from({ length: ANSWER_SETS }, (_, i) =>
    completeAnswers(assessmentV1Spec, seededPick(7_000_000 + i)),
  );
  // the profile answers follow the row's own columns, as a submission's do
  const profile = PROFILE_ATTRIBUTES.map((attribute) => `'${attribute}', r.${attribute}`).join(
    ', ',
  );
  const { rowCount } = await client.query(
    `update private.responses r
     set pool = 'live', research_consent = true,
         answers = ($3::jsonb -> (pg_catalog.abs(pg_catalog.hashtext(r.id::text)) % ${ANSWER_SETS}))
                   || pg_catalog.jsonb_build_object(${profile})
     where r.id between $1 and $2 and r.pool = 'bench'`,
    [firstId, lastId(size), JSON.stringify(answerSets)],
  );
  await client.query('analyze private.responses');
  return rowCount ?? 0;
}

/** Puts synthetic rows 1..size back as generated: bench pool, no consent, no answers. */
async function restore(client: pg.Client, size: number): Promise<void> {
  await client.query(
    `update private.responses set pool = 'bench', research_consent = false, answers = '{}'::jsonb
     where id between $1 and $2 and pool = 'live'`,
    [firstId, lastId(size)],
  );
  await client.query('analyze private.responses');
}

/** Uncompressed size of each entry of a zip, from its central directory (no ZIP64). */
async function zipEntrySizes(path: string): Promise<Map<string, number>> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) throw new Error(`${path}: no end of central directory`);
    const directoryLength = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset === 0xffffffff) throw new Error(`${path}: ZIP64 is not read here`);
    const directory = Buffer.alloc(directoryLength);
    await file.read(directory, 0, directoryLength, directoryOffset);
    const sizes = new Map<string, number>();
    for (let at = 0; at < directoryLength;) {
      if (directory.readUInt32LE(at) !== 0x02014b50)
        throw new Error(`${path}: bad central directory`);
      const nameLength = directory.readUInt16LE(at + 28);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      sizes.set(name, directory.readUInt32LE(at + 24));
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return sizes;
  } finally {
    await file.close();
  }
}

/**
 * Makes the first `size` synthetic organisations eligible, freezes edition
 * `bench-<size>` over all their dates, exports its package to a temporary
 * file while sampling this process's memory every 50 ms, checks that the
 * package streamed, and puts the rows back. PostgreSQL's own memory is not
 * measured.
 */
export async function benchEdition(client: pg.Client, size: number): Promise<TEditionBench> {
  const dir = mkdtempSync(join(tmpdir(), 'cx-bench-edition-'));
  try {
    const eligible = await timed(() => makeEligible(client, size));
    if (eligible.value !== size) {
      throw new Error(`${eligible.value} synthetic organisations made eligible, expected ${size}`);
    }
    const label = `bench-${size}`;
    const frozen = await timed(() =>
      client.query<{ edition: { n: number } }>(
        `select private.freeze_edition($1, '2000-01-01', '2100-12-31') as edition`,
        [label],
      ),
    );
    const editionN = frozen.value.rows[0]!.edition.n;
    if (editionN < size)
      throw new Error(`edition ${label} has n = ${editionN}, fewer than ${size}`);

    const out = join(dir, `${label}.zip`);
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sample = () => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    };
    const sampler = setInterval(sample, RSS_SAMPLE_MS);
    const exported = await timed(() => exportEditionPackage(client, label, out)).finally(() => {
      clearInterval(sampler);
      sample();
    });
    const rows = exported.value.rows;
    if (rows !== size)
      throw new Error(`the package of ${label} has ${rows} rows, expected ${size}`);
    const dataBytes = (await zipEntrySizes(out)).get('data.csv');
    if (dataBytes === undefined) throw new Error(`the package of ${label} has no data.csv`);
    const figures: TEditionBench = {
      eligible: eligible.value,
      eligibleMs: eligible.ms,
      freezeMs: frozen.ms,
      editionN,
      exportMs: exported.ms,
      rows,
      packageBytes: statSync(out).size,
      dataBytes,
      peakRssMb: (peakRss - before.rss) / MB,
      peakHeapMb: (peakHeap - before.heapUsed) / MB,
      rssLimitMb: Math.max(STREAMING_FLOOR_MB, dataBytes / 2 / MB),
    };
    if (figures.peakRssMb > figures.rssLimitMb) {
      throw new Error(
        `the package of ${label} did not stream: RSS grew ${figures.peakRssMb.toFixed(0)} MB while ` +
          `building it, over the limit of ${figures.rssLimitMb.toFixed(0)} MB ` +
          `(data.csv ${(dataBytes / MB).toFixed(0)} MB)`,
      );
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await restore(client, size);
  }
}

/** The summary line of the edition figures. */
export function editionLine(e: TEditionBench): string {
  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  return (
    `  edition (${e.eligible} synthetic organisations made live and consented in ` +
    `${(e.eligibleMs / 1000).toFixed(1)} s, untimed): freeze ${(e.freezeMs / 1000).toFixed(1)} s ` +
    `(n = ${e.editionN}), package ${(e.exportMs / 1000).toFixed(1)} s (${mb(e.packageBytes)} zip, ` +
    `data.csv ${mb(e.dataBytes)} for ${e.rows} rows), peak RSS +${e.peakRssMb.toFixed(0)} MB ` +
    `(heap +${e.peakHeapMb.toFixed(0)} MB; limit ${e.rssLimitMb.toFixed(0)} MB; ` +
    `this process only, PostgreSQL not measured)`
  );
}
