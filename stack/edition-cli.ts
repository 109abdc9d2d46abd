/**
 * `npm run edition -- freeze | list | publish | unpublish | export`: the
 * operator's benchmark editions and their research data packages
 * (stack/edition-commands.ts). Connects to DATABASE_URL when set, else to the
 * local stack's database (`npm start` running, DATA_DIR, DB_PORT).
 */
import { readStackEnv } from '../src/lib/env.ts';
import { runEditionCommand } from './edition-commands.ts';
import { connectOperatorDatabase } from './operator-database.ts';

const client = await connectOperatorDatabase(readStackEnv());
try {
  const result = await runEditionCommand(client, process.argv.slice(2));
  (result.exitCode === 0 ? console.log : console.error)(result.output);
  process.exitCode = result.exitCode;
} finally {
  await client.end();
}
