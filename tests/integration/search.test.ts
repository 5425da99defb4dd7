// Search over real Meilisearch: Vietnamese with and without diacritics, a typo, trade synonyms,
// each facet filter, and which postings the public may see.
import { beforeAll, expect, test } from 'vitest';
import { vietnamDate } from '#app/services/dates.ts';
import { makeJob, makeOrganisation, makeTrainingSlot } from '#db/factories.ts';
import { drainOutbox } from '#search/indexer.ts';
import { applyIndexSettings } from '#search/indexes.ts';
import { catalogueQuerySchema, searchCatalogue } from '#search/query.ts';
import { testServices } from '#tests/setup/services.ts';

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

test('finds a job with or without diacritics, and with a typo', async () => {
  expect(await titles({ q: 'thợ hàn' })).toEqual(['Thợ hàn điện công trình']);
  expect(await titles({ q: 'tho han' })).toEqual(['Thợ hàn điện công trình']);
  expect(await titles({ q: 'cong nhan may' })).toEqual(['Công nhân may công nghiệp']);
  expect(await titles({ q: 'cong nhna may' })).toEqual(['Công nhân may công nghiệp']);
});
