// The public search page and the job and training pages, through their loaders over real Postgres
// and Meilisearch: what a visitor finds, what a bad link shows, and who may see a posting that is
// not public.
import { beforeAll, expect, test } from 'vitest';
import { loader as homeLoader } from '#app/routes/_index.tsx';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { loader as jobLoader } from '#app/routes/jobs.$id.tsx';
import { loader as searchLoader } from '#app/routes/search.tsx';
import { loader as trainingLoader } from '#app/routes/training.$id.tsx';
import { localeCookie } from '#app/adapters/session.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import { defaultTestPassword, makeJob, makeOrganisation, makeTrainingSlot, makeUser } from '#server/seed/factories.ts';
import { createSearchClient } from '#search/client.ts';
import { drainOutbox } from '#search/indexer.ts';
import { applyIndexSettings } from '#search/indexes.ts';
import type { CatalogueResult } from '#search/catalogue-query.ts';
import { call, cookieFrom, jsonRequest, origin, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const ids: Record<string, string> = {};
let memberCookie = '';

beforeAll(async () => {
  await applyIndexSettings(services.search, services.indexPrefix);
  const member = await makeUser(services.db, { role: 'employer' });
  const organisation = await makeOrganisation(
    services.db,
    {
      name: 'Công ty Cơ khí Sông Trà',
      contactPhone: '0912345678',
      hiringStatement: 'Chúng tôi tin ai cũng xứng đáng có cơ hội làm lại, và đã nhận nhiều anh em về làm việc lâu dài.',
    },
    [{ userId: member.id }],
  );
  const welder = await makeJob(services.db, {
    organisationId: organisation.id,
    title: 'Thợ hàn điện công trình',
    providesLodging: true,
    closingDate: vietnamDate(20),
  });
  const draft = await makeJob(services.db, {
    organisationId: organisation.id,
    title: 'Thợ hàn bản nháp',
    status: 'draft',
    publishedAt: null,
  });
  await makeJob(services.db, { organisationId: organisation.id, title: 'Thợ hàn hết hạn', closingDate: vietnamDate(-1) });
  const course = await makeTrainingSlot(services.db, {
    organisationId: organisation.id,
    title: 'Sơ cấp hàn điện',
    leadsToJobId: welder.id,
  });
  Object.assign(ids, { welder: welder.id, draft: draft.id, course: course.id });
  await drainOutbox(services);

  const signIn = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login: member.email, password: defaultTestPassword }),
    context,
  )) as Response;
  memberCookie = cookieFrom(signIn);
});

type SearchPage = { fields: Record<string, string> | null; result: CatalogueResult | null };

async function searchPage(query: string, headers: Record<string, string> = {}, ctx = context) {
  return unwrap<SearchPage>(await call(searchLoader, new Request(`${origin}/search?${query}`, { headers }), ctx));
}

async function postingPage(loader: typeof jobLoader | typeof trainingLoader, path: string, headers: Record<string, string> = {}) {
  const id = path.split('/').pop()!;
  return call(loader, new Request(origin + path, { headers }), context, { id });
}

test('words typed without diacritics find the job, with counts for jobs and training', async () => {
  const { status, data } = await searchPage('q=tho+han');
  expect(status).toBe(200);
  expect(data.fields).toBeNull();
  expect(data.result!.hits.map((h) => h.title)).toEqual(['Thợ hàn điện công trình']);
  expect(data.result!.counts).toMatchObject({ job: 1, training: 1 });
  expect(data.result!.facets.providesLodging).toEqual({ true: 1 });
  expect(data.result!.degraded).toBe(false);
});

test('training is one switch away, with the same words', async () => {
  const { data } = await searchPage('q=han+dien&kind=training');
  expect(data.result!.hits.map((h) => h.title)).toEqual(['Sơ cấp hàn điện']);
});

test('bad search parameters answer 400 with a message for each field, in the reader’s language', async () => {
  const vi = await searchPage('page=0&perPage=99&sort=gan-nhat');
  expect(vi.status).toBe(400);
  expect(vi.data.result).toBeNull();
  expect(vi.data.fields).toEqual({
    page: 'Số trang phải từ 1 đến 500.',
    perPage: 'Số kết quả mỗi trang phải từ 1 đến 50.',
    sort: 'Cách sắp xếp không hợp lệ.',
  });
  const english = (await localeCookie.serialize('en')).split(';')[0];
  const en = await searchPage('kind=everything', { Cookie: english });
  expect(en.status).toBe(400);
  expect(en.data.fields).toEqual({ kind: 'Choose jobs or training.' });
});

test('sorting by distance without a location asks for one', async () => {
  const { status, data } = await searchPage('sort=nearest');
  expect(status).toBe(400);
  expect(data.fields).toEqual({ sort: 'Để xếp theo khoảng cách, hãy cho biết vị trí của bạn.' });
});

test('an invalid filter value gets a translated message, not zod’s “Invalid input”', async () => {
  const { status, data } = await searchPage('workType=ca-dem&wageFloor=nhieu&meals=maybe');
  expect(status).toBe(400);
  expect(data.fields).toEqual({
    workType: 'Hãy chọn hình thức làm việc: toàn thời gian, bán thời gian, thời vụ hoặc theo ca.',
    wageFloor: 'Mức lương phải là một số nguyên (đồng).',
    meals: 'Giá trị không hợp lệ (bật hoặc tắt).',
  });
});

test('when Meilisearch does not answer, the page still finds the job and says the search is simpler', async () => {
  const down = contextFor({ ...services, search: createSearchClient('http://127.0.0.1:9', 'no-key') });
  const { status, data } = await searchPage('q=tho+han', {}, down);
  expect(status).toBe(200);
  expect(data.result!.degraded).toBe(true);
  expect(data.result!.hits.map((h) => h.title)).toEqual(['Thợ hàn điện công trình']);
});

test('the open-jobs figure on the public home page matches what the search lists', async () => {
  const home = (await call(homeLoader, new Request(`${origin}/`), context)) as { openJobs: number; openTraining: number };
  const jobs = await searchPage('');
  const training = await searchPage('kind=training');
  expect(home.openJobs).toBe(jobs.data.result!.total);
  expect(home.openTraining).toBe(training.data.result!.total);
});

test('the job page shows the verified employer and its statement, but not its contact details', async () => {
  const page = (await postingPage(jobLoader, `/jobs/${ids.welder}`)) as Record<string, never> & {
    isPublic: boolean;
    organisation: Record<string, unknown>;
    trainingLeadingHere: { title: string }[];
  };
  expect(page.isPublic).toBe(true);
  expect(page.organisation).toMatchObject({ name: 'Công ty Cơ khí Sông Trà', verificationStatus: 'verified' });
  expect(page.organisation.hiringStatement).toMatch(/cơ hội làm lại/);
  expect(page.organisation).not.toHaveProperty('contactPhone');
  expect(page.trainingLeadingHere.map((s) => s.title)).toEqual(['Sơ cấp hàn điện']);
});

test('a draft job is “not found” for a visitor, and shown to its own organisation as not public', async () => {
  const anonymous = (await postingPage(jobLoader, `/jobs/${ids.draft}`)) as Response;
  expect(anonymous.status).toBe(404);
  expect(await anonymous.json()).toMatchObject({ error: { message: 'Không tìm thấy tin này. Có thể tin đã đóng hoặc đã hết hạn.' } });

  const member = (await postingPage(jobLoader, `/jobs/${ids.draft}`, { Cookie: memberCookie })) as {
    isPublic: boolean;
    job: { title: string; status: string };
  };
  expect(member.isPublic).toBe(false);
  expect(member.job).toMatchObject({ title: 'Thợ hàn bản nháp', status: 'draft' });
});

test('an address that is not a posting id is a 404, not a 500', async () => {
  expect(((await postingPage(jobLoader, '/jobs/khong-co')) as Response).status).toBe(404);
  expect(((await postingPage(trainingLoader, '/training/khong-co')) as Response).status).toBe(404);
});

test('the training page names the job the course leads to', async () => {
  const page = (await postingPage(trainingLoader, `/training/${ids.course}`)) as {
    slot: { title: string; funding: string };
    leadsTo: { id: string; title: string } | null;
  };
  expect(page.slot).toMatchObject({ title: 'Sơ cấp hàn điện', funding: 'free' });
  expect(page.leadsTo).toEqual({ id: ids.welder, title: 'Thợ hàn điện công trình' });
});
