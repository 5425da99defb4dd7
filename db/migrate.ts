// Applies the committed SQL migrations, then loads the reference data (units, occupations, skills).
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type { Db } from './client.ts';
import { loadReferenceData } from './reference/load.ts';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function migrateDatabase(db: Db) {
  await migrate(db, { migrationsFolder });
  await loadReferenceData(db);
}
