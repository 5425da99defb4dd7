// Search over real Meilisearch: Vietnamese with and without diacritics, a typo, trade synonyms,
// each facet filter, and which postings the public may see.
import { beforeAll, expect, test } from 'vitest';
import { vietnamDate } from '#lib/dates.ts';
import { makeJob, makeOrganisation, makeTrainingSlot } from '#server/seed/factories.ts';
import { drainOutbox } from '#search/indexer.ts';
import { applyIndexSettings } from '#search/indexes.ts';
import { searchCatalogue } from '#search/query.ts';
import { catalogueQuerySchema } from '#search/catalogue-query.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';
import { createSearchClient } from '#search/client.ts';
import { loader as healthz } from '#app/routes/healthz.ts';

const services = await testServices();
const search = (params: Record<string, string> = {}) => searchCatalogue(services, catalogueQuerySchema.parse(params));
const titles = async (params: Record<string, string>) => (await search(params)).hits.map((h) => h.title).sort();

let ids: Record<string, string> = {};

beforeAll(async () => {
  await applyIndexSettings(services.search, services.indexPrefix);
  const org = await makeOrganisation(services.db, { name: 'Công ty Cơ khí Sông Trà' });
  const bacNinh = await makeOrganisation(services.db, { name: 'Công ty May Kinh Bắc', provinceCode: '24' });
  const welder = await makeJob(services.db, {
    organisationId: org.id,
    occupationCode: 'welder',
    title: 'Thợ hàn điện công trình',
    wageMin: 8_000_000,
    wageMax: 12_000_000,
    providesLodging: true,
    latitude: 15.12,
    longitude: 108.8,
  });
  const sewing = await makeJob(services.db, {
    organisationId: bacNinh.id,
    occupationCode: 'sewing-machine-operator',
    title: 'Công nhân may công nghiệp',
    provinceCode: '24',
    workType: 'shift',
    wageMin: 6_000_000,
    wageMax: 7_500_000,
    providesMeals: true,
    startDate: vietnamDate(10),
    latitude: 21.18,
    longitude: 106.07,
  });
  const driver = await makeJob(services.db, {
    organisationId: org.id,
    occupationCode: 'truck-driver',
    title: 'Lái xe tải hạng C',
    wageMin: 10_000_000,
    wageMax: 14_000_000,
    workType: 'full_time',
    startDate: vietnamDate(90),
  });
  await makeJob(services.db, { organisationId: org.id, title: 'Thợ hàn bản nháp', status: 'draft', publishedAt: null });
  await makeJob(services.db, { organisationId: org.id, title: 'Thợ hàn đã đóng', status: 'closed' });
  await makeJob(services.db, { organisationId: org.id, title: 'Thợ hàn đã tuyển đủ', status: 'filled' });
  await makeJob(services.db, { organisationId: org.id, title: 'Thợ hàn hết hạn', closingDate: vietnamDate(-1) });
  const pending = await makeOrganisation(services.db, { name: 'Xưởng chưa xác minh', verificationStatus: 'pending', verifiedAt: null });
  await makeJob(services.db, { organisationId: pending.id, title: 'Thợ hàn của xưởng chưa xác minh' });
  const course = await makeTrainingSlot(services.db, { organisationId: org.id, title: 'Sơ cấp hàn điện', startDate: vietnamDate(5) });
  ids = { welder: welder.id, sewing: sewing.id, driver: driver.id, course: course.id };
  await drainOutbox(services);
});

const first = async (q: string) => (await search({ q })).hits[0]?.id;

test('finds a job with or without diacritics, and with a typo', async () => {
  expect(await titles({ q: 'thợ hàn' })).toEqual(['Thợ hàn điện công trình']);
  expect(await titles({ q: 'tho han' })).toEqual(['Thợ hàn điện công trình']);
  expect(await first('công nhân may')).toBe(ids.sewing);
  expect(await first('cong nhan may')).toBe(ids.sewing);
  expect(await first('cong nhna may')).toBe(ids.sewing);
  expect(await first('lai xe tai')).toBe(ids.driver);
});

test('common Vietnamese trade words find each other (synonyms)', async () => {
  expect(await first('tài xế')).toBe(ids.driver);
  expect(await first('tai xe')).toBe(ids.driver);
  expect(await first('hàn xì')).toBe(ids.welder);
});

test('closed, filled, expired, draft and unverified postings never appear in public results', async () => {
  const all = await titles({ q: 'thợ hàn', perPage: '50' });
  expect(all).toEqual(['Thợ hàn điện công trình']);
  const browse = await search({ perPage: '50' });
  expect(browse.total).toBe(3);
  expect(browse.hits.map((h) => h.title)).not.toContain('Thợ hàn hết hạn');
});

test('each job facet filters, and facet counts come with the results', async () => {
  const browse = await search();
  expect(browse.facets.provinceCode).toEqual({ '51': 2, '24': 1 });
  expect(browse.facets.workType).toEqual({ full_time: 2, shift: 1 });
  expect(browse.counts).toEqual({ job: 3, training: 1, startingSoon: 1 });

  expect(await titles({ province: '24' })).toEqual(['Công nhân may công nghiệp']);
  expect(await titles({ occupation: 'truck-driver' })).toEqual(['Lái xe tải hạng C']);
  expect(await titles({ workType: 'shift' })).toEqual(['Công nhân may công nghiệp']);
  expect(await titles({ wageFloor: '8000000' })).toEqual(['Lái xe tải hạng C', 'Thợ hàn điện công trình']);
  expect(await titles({ meals: 'on' })).toEqual(['Công nhân may công nghiệp']);
  expect(await titles({ lodging: 'on' })).toEqual(['Thợ hàn điện công trình']);
  expect(await titles({ startingSoon: 'on' })).toEqual(['Công nhân may công nghiệp']);
});

test('the commune facet narrows within a province', async () => {
  const org = await makeOrganisation(services.db, { name: 'Hợp tác xã Đăk Bla' });
  const job = await makeJob(services.db, {
    organisationId: org.id,
    occupationCode: 'rubber-tapper',
    title: 'Cạo mủ cao su',
    communeCode: '23302',
  });
  await drainOutbox(services);
  expect((await search({ province: '51', commune: '23302' })).hits.map((h) => h.id)).toEqual([job.id]);
});

test('training is its own kind, with its own facets', async () => {
  const training = await search({ kind: 'training' });
  expect(training.hits.map((h) => h.id)).toEqual([ids.course]);
  expect(training.facets.funding).toEqual({ free: 1 });
  expect(training.counts.training).toBe(1);
  expect(await titles({ kind: 'training', q: 'so cap han' })).toEqual(['Sơ cấp hàn điện']);
  expect(await titles({ kind: 'training', funding: 'fee' })).toEqual([]);
});

test('sorts by wage, newest and distance, and pages through results', async () => {
  const byWage = (await search({ sort: 'wage', province: '51', occupation: '' })).hits.map((h) => h.title);
  expect(byWage.slice(0, 2)).toEqual(['Lái xe tải hạng C', 'Thợ hàn điện công trình']);
  // Near Bắc Ninh, the sewing job (in Bắc Ninh) comes before the welding job (in Quảng Ngãi).
  const near = await search({ sort: 'nearest', lat: '21.0', lng: '106.0' });
  expect(near.hits[0].id).toBe(ids.sewing);
  expect(near.hits[0].distanceKm).toBeGreaterThan(0);
  const page2 = await search({ perPage: '2', page: '2' });
  expect(page2.totalPages).toBe(2);
  expect(page2.hits).toHaveLength(2);
});

test('when Meilisearch does not answer, Postgres answers the same query (degraded, no facets)', async () => {
  const down = { ...services, search: createSearchClient('http://127.0.0.1:9', 'unused-master-key') };
  const result = await searchCatalogue(down, catalogueQuerySchema.parse({ q: 'tho han' }));
  expect(result.degraded).toBe(true);
  expect(result.hits.map((h) => h.id)).toEqual([ids.welder]);
  expect(result.facets).toEqual({});
  const filtered = await searchCatalogue(down, catalogueQuerySchema.parse({ meals: 'on', sort: 'wage' }));
  expect(filtered.hits.map((h) => h.id)).toEqual([ids.sewing]);
  expect(filtered.counts.training).toBe(1);
});

test('/healthz reports search down when Meilisearch does not answer', async () => {
  const down = { ...services, search: createSearchClient('http://127.0.0.1:9', 'unused-master-key') };
  const response = (await healthz({ request: new Request('http://x/healthz'), context: contextFor(down), params: {} })) as Response;
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ db: 'ok', search: 'down' });
});

test('privacy: the search engine holds only the two posting indexes, with posting fields only', async () => {
  const { results } = await services.search.getIndexes({ limit: 100 });
  const ours = results.map((i) => i.uid).filter((uid) => uid.startsWith(services.indexPrefix));
  expect(ours.map((uid) => uid.slice(services.indexPrefix.length)).sort()).toEqual(['jobs', 'training']);
  const { results: docs } = await services.search.index(`${services.indexPrefix}jobs`).getDocuments({ limit: 100 });
  const keys = new Set(docs.flatMap((d) => Object.keys(d)));
  for (const forbidden of ['fullName', 'phone', 'birthDate', 'returneeId', 'releaseKind', 'releaseDate', 'ethnicity', 'contactPhone']) {
    expect(keys.has(forbidden)).toBe(false);
  }
});
