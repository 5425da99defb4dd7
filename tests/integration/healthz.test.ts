// GET /healthz reports ok when Postgres and Meilisearch answer, and names what is down otherwise.
import { expect, test } from 'vitest';
import { loader } from '#app/routes/healthz.ts';
import { getFreePort } from '#server/processes.ts';
import { createSearchClient } from '#search/client.ts';
import { call } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const request = () => new Request('http://x/healthz');

test('200 with db and search ok when both servers answer', async () => {
  const response = (await call(loader, request(), contextFor(services))) as Response;
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', db: 'ok', search: 'ok' });
});

test('503 naming search when Meilisearch is unreachable', async () => {
  const deadSearch = createSearchClient(`http://127.0.0.1:${await getFreePort()}`, 'x'.repeat(16));
  const response = (await call(loader, request(), contextFor({ ...services, search: deadSearch }))) as Response;
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'degraded', db: 'ok', search: 'down' });
});
