/**
 * `npm run pool -- held | admit <id> | reject <id>`: the operator's review
 * of responses held outside the pool by the quality checks. Connects to
 * DATABASE_URL when set (e.g. hosted Supabase's direct connection string),
 * else to the local stack's database (`npm start` running, DATA_DIR, DB_PORT).
 */
import { readStackEnv } from '../src/lib/env.ts';
import { connectOperatorDatabase } from './operator-database.ts';
import { runPoolCommand } from './pool-review.ts';

const client = await connectOperatorDatabase(readStackEnv());
try {
  const result = await runPoolCommand(client, process.argv.slice(2));
  (result.exitCode === 0 ? console.log : console.error)(result.output);
  process.exitCode = result.exitCode;
} finally {
  await client.end();
}
