// `npm run db:migrate` / `npm run db:seed` against the server named by DATABASE_URL.
// (The embedded default migrates and seeds itself at `npm start`.)
import { createDb } from '#db/client.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { seedDemo } from '../seed/demo.ts';

const command = process.argv[2];
if (command !== 'migrate' && command !== 'seed') {
  console.error('usage: tsx server/cli/db.ts migrate|seed');
  process.exit(2);
}
if (process.env.NODE_ENV === 'production' && command === 'seed') {
  console.error('Demo data is never loaded in production (NODE_ENV=production).');
  process.exit(1);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the Postgres to use (the embedded default migrates and seeds itself at npm start).');
  process.exit(1);
}
const { db, sql } = createDb(url, { max: 2 });
try {
  await migrateDatabase(db);
  console.log('migrations applied');
  if (command === 'seed') console.log((await seedDemo(db)) ? 'demo data loaded' : 'demo data was already there');
} finally {
  await sql.end();
}
