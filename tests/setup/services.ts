// Gives a test file its own database (a copy of the migrated template) and its own Meilisearch
// index prefix, so files run in parallel without seeing each other's rows. Dropped afterwards.
import { randomBytes } from 'node:crypto';
import type { AppLoadContext } from '@remix-run/node';
import { afterAll, inject } from 'vitest';
import { parseEnv } from '#server/env.ts';
import type { Services } from '#app/adapters/context.server.ts';
import { createDb } from '#db/client.ts';
import { createSearchClient } from '#search/client.ts';
import { databaseUrl } from './global.ts';

/** Meilisearch tasks wait behind every other test file's on a busy 2-core machine: 5 s (the client's default) is not enough. */
export const slowMachine = { timeout: 60_000 };

export async function testServices(envOverrides: Record<string, string> = {}): Promise<Services> {
  const id = randomBytes(5).toString('hex');
  const name = `phien_cho_test_${id}`;
  const admin = createDb(inject('adminDatabaseUrl'), { max: 1 });
  // Copying a template fails while another copy of it is starting; parallel files simply retry.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.sql.unsafe(`create database ${name} template ${inject('templateDatabase')}`);
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const { db, sql } = createDb(databaseUrl(inject('adminDatabaseUrl'), name), { max: 5 });
  const search = createSearchClient(inject('meiliUrl'), inject('meiliMasterKey'));
  const indexPrefix = `test_${id}_`;

  afterAll(async () => {
    await sql.end({ timeout: 5 });
    await admin.sql.unsafe(`drop database if exists ${name} with (force)`);
    await admin.sql.end();
    const { results } = await search.getIndexes({ limit: 1000 });
    for (const index of results.filter((i) => i.uid.startsWith(indexPrefix))) await search.deleteIndex(index.uid).waitTask(slowMachine);
  });

  return { env: parseEnv({ NODE_ENV: 'test', ...envOverrides }), db, sql, search, indexPrefix };
}

/** The load context a Remix loader or action receives, for calling route modules directly. */
export function contextFor(services: Services, clientIp = '127.0.0.1'): AppLoadContext {
  return { services, clientIp };
}
