/** `npm run db:seeds`: writes the seed migrations generated from surveys/. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedMigrations } from './seed-migrations.ts';
import { MIGRATIONS_DIR } from './stack.ts';

for (const { file, sql } of seedMigrations()) {
  writeFileSync(join(MIGRATIONS_DIR, file), sql);
  console.log(`Wrote supabase/migrations/${file}`);
}
