// The returnee's own journey (issue 10), as a person sees it in the HTML their phone receives before
// any JavaScript runs: applying for a job and asking for a course seat from the posting's page and
// from the search results, following and withdrawing (confirmed first, and undone by applying
// again), match strength in plain words, what is missing for a job with the course that teaches
// it, and the way in from the home page. Real Postgres and Meilisearch.
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import * as homePage from '#app/routes/_index.tsx';
import * as jobPage from '#app/routes/jobs.$id.tsx';
import * as matchesPage from '#app/routes/me.matches.tsx';
import * as mePage from '#app/routes/me.referrals.tsx';
import * as profilePage from '#app/routes/me._index.tsx';
import { listSkills } from '#app/services/reference/queries.server.ts';
import * as searchPage from '#app/routes/search.tsx';
import * as trainingPage from '#app/routes/training.$id.tsx';
import * as casePage from '#app/routes/caseload.$id.pipeline.tsx';
import * as providerPage from '#app/routes/employer.training.$id_.enrolments.tsx';
import { startEnrolment } from '#app/services/pipeline/commands/enrolments.server.ts';
import * as staffMatchesPage from '#app/routes/caseload.$id.matches.tsx';
import { startReferral, changeReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { caseEvents, consents, enrolments, referrals, trainingSlots, type User } from '#db/schema.ts';
import { drainOutbox } from '#search/indexer.ts';
import { applyIndexSettings } from '#search/indexes.ts';
import { defaultTestPassword, makeJob, makeOrganisation, makeReturnee, makeTrainingSlot, makeUser } from '#server/seed/factories.ts';
import { apiHandler as sessionAction, call, cookieFrom, formRequest, jsonRequest, unwrap } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;

beforeAll(async () => {
  await applyIndexSettings(services.search, services.indexPrefix);
});

/** The page's HTML as a phone first receives it (`cookie` signs the request in). */
function renderPage(module: Parameters<typeof pageHtml>[1], routePath: string, path: string, cookie: string | null, ctx: typeof context) {
  return pageHtml(ctx, module, routePath, path, cookie ? { cookie } : {});
}

async function signIn(user: User) {
  const response = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login: user.email ?? user.phone, password: defaultTestPassword }),
    context,
  )) as Response;
  expect(response.status).toBe(200);
  return cookieFrom(response);
}

type FormResult = { ok?: boolean; message?: string; formError?: string };

async function post(fields: Record<string, string>, cookie: string) {
  const result = await call(mePage.action, formRequest('/me/referrals', fields, { Cookie: cookie }), context);
  return unwrap<FormResult>(result);
}

/** The page's visible text, tags stripped (what a reader or a screen reader reads). */
function textOf(html: string) {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The forms of a page that post to /me/referrals, with their hidden fields. */
function applyForms(html: string) {
  return [...html.matchAll(/<form[^>]*action="\/me\/referrals"[^>]*>([\s\S]*?)<\/form>/g)].map((m) =>
    Object.fromEntries([...m[1].matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map((f) => [f[1], f[2]])),
  );
}

/** A counsellor, a verified employer with a welding job and a welding course, a person with an account. */
async function world(options: { skills?: Record<string, 'beginner' | 'can_work' | 'experienced'> } = {}) {
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, { name: 'Công ty Cơ khí Trà Khúc' }, [{ userId: employer.id }]);
  const job = await makeJob(db, { organisationId: organisation.id, title: 'Thợ hàn khung nhà xưởng' });
  const course = await makeTrainingSlot(db, { organisationId: organisation.id, title: 'Sơ cấp hàn hồ quang' });
  const personUser = await makeUser(db, { role: 'returnee', fullName: 'Đinh Văn Sơn' });
  const person = await makeReturnee(db, {
    fullName: 'Đinh Văn Sơn',
    userId: personUser.id,
    counsellorId: counsellor.id,
    skillLevels: options.skills ?? { 'welding-arc': 'experienced' },
    occupationWishes: ['welder'],
  });
  return { counsellor, employer, organisation, job, course, personUser, person, cookie: await signIn(personUser) };
}

// ── Applying from a posting's page ──────────────────────────────────────────────────────────────

test('a job’s page: signed out, a sign-in link that comes back to the job; signed in, the application itself with its consent wording; then where it stands', async () => {
  const { job, organisation, person, cookie } = await world();
  const path = `/jobs/${job.id}`;

  const anonymous = await renderPage(jobPage, 'jobs/:id', path, null, context);
  expect(textOf(anonymous)).toContain('Đăng nhập để ứng tuyển');
  expect(anonymous).toContain(`href="/login?redirectTo=%2Fjobs%2F${job.id}"`);
  expect(applyForms(anonymous)).toEqual([]);

  const signedIn = await renderPage(jobPage, 'jobs/:id', path, cookie, context);
  const wording = `Khi bấm “Ứng tuyển”, bạn đồng ý để ${organisation.name} thấy họ tên và số điện thoại của bạn cho vị trí “${job.title}”.`;
  expect(textOf(signedIn)).toContain(wording);
  expect(applyForms(signedIn)).toEqual([{ intent: 'apply', jobId: job.id }]);
  expect(signedIn).toMatch(/<button[^>]*type="submit"[^>]*aria-label="Ứng tuyển việc “Thợ hàn khung nhà xưởng”"/);

  const applied = await post({ intent: 'apply', jobId: job.id }, cookie);
  expect(applied.data.ok).toBe(true);
  const [referral] = await db.select().from(referrals).where(eq(referrals.returneeId, person.id));
  expect(referral.status).toBe('requested');
  const [consent] = await db.select().from(consents).where(eq(consents.referralId, referral.id));
  expect(consent.wording).toBe(wording);

  // Applied: no second "apply", but where it stands and the way to follow it.
  const after = await renderPage(jobPage, 'jobs/:id', path, cookie, context);
  expect(applyForms(after)).toEqual([]);
  expect(textOf(after)).toContain('Bạn và việc này: Bạn đã ứng tuyển; cán bộ tư vấn sẽ giới thiệu bạn với nhà tuyển dụng');
  expect(after).toContain('href="/me/referrals"');
});

test('a course’s page: the person asks for a seat (consent wording shown and kept); it is an enrolment their counsellor sees and acts on', async () => {
  const { counsellor, course, organisation, person, cookie } = await world();
  const path = `/training/${course.id}`;
  const page = await renderPage(trainingPage, 'training/:id', path, cookie, context);
  const wording = `Khi bấm “Xin chỗ học”, bạn đồng ý để cán bộ tư vấn và ${organisation.name} thấy họ tên và số điện thoại của bạn để xếp chỗ cho bạn trong khóa “${course.title}”.`;
  expect(textOf(page)).toContain(wording);
  expect(applyForms(page)).toEqual([{ intent: 'applyTraining', trainingSlotId: course.id }]);
  expect(textOf(page)).toContain('Xin chỗ học');

  const asked = await post({ intent: 'applyTraining', trainingSlotId: course.id }, cookie);
  expect(asked.data).toMatchObject({ ok: true, message: `Bạn đã xin chỗ học khóa “${course.title}”. Cán bộ tư vấn sẽ liên hệ với bạn.` });
  const [enrolment] = await db.select().from(enrolments).where(eq(enrolments.returneeId, person.id));
  expect(enrolment.status).toBe('applied');
  const [event] = await db.select().from(caseEvents).where(eq(caseEvents.subjectId, enrolment.id));
  expect(event).toMatchObject({ kind: 'enrolment', toStatus: 'applied', details: { consent: true, wording } });

  // The counsellor's pipeline page lists it with its next steps (enrol takes a seat).
  const casePageHtml = await renderPage(
    casePage,
    'caseload/:id/pipeline',
    `/caseload/${person.id}/pipeline`,
    await signIn(counsellor),
    context,
  );
  expect(textOf(casePageHtml)).toContain(course.title);

  const after = await renderPage(trainingPage, 'training/:id', path, cookie, context);
  expect(applyForms(after)).toEqual([]);
  expect(textOf(after)).toContain('Bạn và khóa này: Bạn đã đăng ký học; đang chờ xếp lớp');

  // A full course takes no request.
  const full = await makeTrainingSlot(db, { organisationId: organisation.id, title: 'Sơ cấp hàn đã đủ người', seats: 10, seatsLeft: 0 });
  const fullPage = await renderPage(trainingPage, 'training/:id', `/training/${full.id}`, cookie, context);
  expect(applyForms(fullPage)).toEqual([]);
  expect(textOf(fullPage)).toContain('Khóa này đã hết chỗ.');
});

test('the provider sees a seat request by name (the person agreed) and enrols them: a seat taken, a step on the timeline; another provider sees nothing', async () => {
  const { counsellor, employer, course, person, personUser, cookie } = await world();
  expect((await post({ intent: 'applyTraining', trainingSlotId: course.id }, cookie)).data.ok).toBe(true);
  // A second person put forward by the counsellor: no name for the provider.
  const other = await makeReturnee(db, { fullName: 'Hà Thị Kín', phone: '0977000111', counsellorId: counsellor.id });
  await startEnrolment(db, counsellor, { trainingSlotId: course.id, returneeId: other.id });

  const providerCookie = await signIn(employer);
  const path = `/employer/training/${course.id}/enrolments`;
  const html = textOf(await renderPage(providerPage, 'employer/training/:id/enrolments', path, providerCookie, context));
  expect(html).toContain('Đinh Văn Sơn');
  expect(html).toContain(`Điện thoại: ${personUser.phone}`);
  expect(html).not.toContain('Hà Thị Kín');
  expect(html).not.toContain('0977000111');
  expect(html).toContain('Do Trung tâm Dịch vụ việc làm đăng ký');

  const [enrolment] = await db.select().from(enrolments).where(eq(enrolments.returneeId, person.id));
  const enrolled = unwrap<FormResult>(
    await call(
      providerPage.action,
      formRequest(path, { intent: 'enrolment:enrolled', enrolmentId: enrolment.id }, { Cookie: providerCookie }),
      context,
      {
        id: course.id,
      },
    ),
  );
  expect(enrolled.data).toMatchObject({ ok: true, message: 'Đã cập nhật khóa học: Đang học.' });
  const [slot] = await db.select().from(trainingSlots).where(eq(trainingSlots.id, course.id));
  expect(slot.seatsLeft).toBe(course.seatsLeft - 1);
  const events = await db.select().from(caseEvents).where(eq(caseEvents.subjectId, enrolment.id)).orderBy(asc(caseEvents.id));
  expect(events.at(-1)).toMatchObject({ fromStatus: 'applied', toStatus: 'enrolled', actorUserId: employer.id });
  const mine = textOf(await renderPage(mePage, 'me/referrals', '/me/referrals', cookie, context));
  expect(mine).toContain('Bạn đã được nhận vào học');

  // Another organisation's member: not found, and cannot move it.
  const stranger = await makeUser(db, { role: 'employer' });
  await makeOrganisation(db, {}, [{ userId: stranger.id }]);
  const strangerCookie = await signIn(stranger);
  const refused = await call(
    providerPage.loader,
    new Request(`http://127.0.0.1:3000${path}`, { headers: { Cookie: strangerCookie } }),
    context,
    { id: course.id },
  );
  expect((refused as Response).status).toBe(404);
});

// ── Applying from the search results ────────────────────────────────────────────────────────────

test('search results: a signed-in jobseeker applies or asks for a seat from each card (a plain form); a visitor gets none', async () => {
  const { job, course, person, cookie } = await world();
  await drainOutbox(services);

  const jobs = await renderPage(searchPage, 'search', '/search?q=Thợ+hàn+khung', cookie, context);
  expect(applyForms(jobs)).toContainEqual({ intent: 'apply', jobId: job.id });
  expect(textOf(jobs)).toContain(`cho vị trí “${job.title}”`);
  const courses = await renderPage(searchPage, 'search', '/search?kind=training&q=hàn+hồ+quang', cookie, context);
  expect(applyForms(courses)).toContainEqual({ intent: 'applyTraining', trainingSlotId: course.id });

  const visitor = await renderPage(searchPage, 'search', '/search?q=Thợ+hàn+khung', null, context);
  expect(textOf(visitor)).toContain(job.title);
  expect(applyForms(visitor)).toEqual([]);

  // The card's form is the same request as everywhere else; the card then says where it stands.
  expect((await post({ intent: 'apply', jobId: job.id }, cookie)).data.ok).toBe(true);
  expect(await db.$count(referrals, and(eq(referrals.returneeId, person.id), eq(referrals.jobId, job.id)))).toBe(1);
  const again = await renderPage(searchPage, 'search', '/search?q=Thợ+hàn+khung', cookie, context);
  expect(applyForms(again).some((f) => f.jobId === job.id)).toBe(false);
  expect(textOf(again)).toContain('Bạn và việc này: Bạn đã ứng tuyển');
});

// ── Following, withdrawing (confirmed), applying again ──────────────────────────────────────────

test('withdrawing is confirmed on a page of its own, and can be undone by applying again', async () => {
  const { job, cookie } = await world();
  expect((await post({ intent: 'apply', jobId: job.id }, cookie)).data.ok).toBe(true);
  const [referral] = await db.select().from(referrals).where(eq(referrals.jobId, job.id));

  // The list offers no one-tap withdrawal: a link to the confirmation, and no "apply" while applied.
  const list = await renderPage(mePage, 'me/referrals', '/me/referrals', cookie, context);
  expect(list).not.toMatch(/name="intent" value="withdraw"/);
  expect(list).toContain(`href="/me/referrals?stop=${referral.id}#stop"`);
  expect(applyForms(list)).toEqual([]);

  const confirm = await renderPage(mePage, 'me/referrals', `/me/referrals?stop=${referral.id}`, cookie, context);
  expect(textOf(confirm)).toContain(`Dừng ứng tuyển việc “${job.title}”?`);
  expect(confirm).toMatch(/name="intent" value="withdraw"/);
  expect(textOf(confirm)).toContain('Không, quay lại');

  const withdrawn = await post({ intent: 'withdraw', referralId: referral.id, reason: 'Đã tìm được việc gần nhà' }, cookie);
  expect(withdrawn.data).toMatchObject({ ok: true, message: 'Đã dừng ứng tuyển.' });

  // Changed their mind: "apply again" is offered, and works.
  const afterList = await renderPage(mePage, 'me/referrals', '/me/referrals', cookie, context);
  expect(textOf(afterList)).toContain('Ứng tuyển lại');
  expect(applyForms(afterList)).toEqual([{ intent: 'apply', jobId: job.id }]);
  const again = await post({ intent: 'apply', jobId: job.id }, cookie);
  expect(again.data.ok).toBe(true);
  const [after] = await db.select().from(referrals).where(eq(referrals.id, referral.id));
  expect(after).toMatchObject({ status: 'requested', reason: null });
  const events = await db.select().from(caseEvents).where(eq(caseEvents.subjectId, referral.id)).orderBy(asc(caseEvents.id));
  expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
    [null, 'requested'],
    ['requested', 'withdrawn'],
    ['withdrawn', 'requested'],
  ]);
  expect(await db.$count(consents, eq(consents.referralId, referral.id))).toBe(2);
});

test('a counsellor’s suggestion is accepted (apply) or declined — never “withdrawn”; an interview offers no “apply”', async () => {
  const { counsellor, employer, organisation, job, person, cookie } = await world();
  const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: person.id });
  const list = await renderPage(mePage, 'me/referrals', '/me/referrals', cookie, context);
  expect(textOf(list)).toContain('Cán bộ tư vấn gợi ý việc này cho bạn');
  expect(applyForms(list)).toEqual([{ intent: 'apply', jobId: job.id }]);
  expect(textOf(list)).toContain('Không quan tâm');
  expect(textOf(list)).not.toContain('Dừng ứng tuyển');

  const confirm = await renderPage(mePage, 'me/referrals', `/me/referrals?stop=${referral.id}`, cookie, context);
  expect(textOf(confirm)).toContain(`Bỏ qua gợi ý “${job.title}”?`);
  expect(confirm).toMatch(/name="intent" value="decline"/);
  const declined = await post({ intent: 'decline', referralId: referral.id }, cookie);
  expect(declined.data).toMatchObject({ ok: true, message: 'Đã ghi nhận: bạn không quan tâm việc này.' });
  const afterDecline = await renderPage(mePage, 'me/referrals', '/me/referrals', cookie, context);
  expect(textOf(afterDecline)).toContain('Bạn đã không nhận gợi ý này');

  // An application in interview: no "apply", a confirmed withdrawal only.
  const other = await makeJob(db, { organisationId: organisation.id, title: 'Thợ hàn bồn bể' });
  expect((await post({ intent: 'apply', jobId: other.id }, cookie)).data.ok).toBe(true);
  const [applied] = await db.select().from(referrals).where(eq(referrals.jobId, other.id));
  await changeReferral(db, counsellor, applied.id, { status: 'referred', consent: true });
  await changeReferral(db, employer as never, applied.id, {
    status: 'interview_scheduled',
    interviewAt: new Date(Date.now() + 86_400_000),
  });
  const interview = await renderPage(mePage, 'me/referrals', '/me/referrals', cookie, context);
  const article = interview.slice(interview.indexOf(`id="referral-${applied.id}"`));
  expect(textOf(article.slice(0, article.indexOf('</article>')))).toMatch(/Có lịch phỏng vấn ngày .*Dừng ứng tuyển/);
  expect(applyForms(interview).some((f) => f.jobId === other.id)).toBe(false);
});

// ── Suggestions in plain words; what is missing ─────────────────────────────────────────────────

test('suggestions read in plain words with a strength, details one tap away; staff keep the points', async () => {
  const { person, counsellor, cookie } = await world();
  await drainOutbox(services);
  const html = await renderPage(matchesPage, 'me/matches', '/me/matches', cookie, context);
  const text = textOf(html);
  expect(text).toContain('Thợ hàn khung nhà xưởng');
  expect(text).toMatch(/Rất phù hợp|Phù hợp|Có thể phù hợp/);
  expect(text).toContain('Bạn có kỹ năng Hàn hồ quang tay (hàn điện, hàn que).');
  expect(html).toMatch(/<details[\s\S]*<summary[^>]*>[^<]*Vì sao gợi ý/);
  // No score sheet for the person.
  expect(text).not.toMatch(/\d+\/(40|15|20|10|5|100)\b/);
  expect(text).not.toContain('≥');
  expect(text).not.toContain('bắt buộc');

  const staff = await renderPage(
    staffMatchesPage,
    'caseload/:id/matches',
    `/caseload/${person.id}/matches`,
    await signIn(counsellor),
    context,
  );
  expect(textOf(staff)).toMatch(/Kỹ năng: [\d,]+\/40/);
});

test('ten suggested jobs at first, ten more a tap away, landing where the new ones start', async () => {
  const { organisation, cookie } = await world();
  for (let i = 0; i < 11; i++) await makeJob(db, { organisationId: organisation.id, title: `Thợ hàn ca ${i + 1}` });
  await drainOutbox(services);
  const cards = (html: string) => html.match(/id="job-[0-9a-f-]{36}-title"/g)?.length ?? 0;
  const first = await renderPage(matchesPage, 'me/matches', '/me/matches', cookie, context);
  expect(cards(first)).toBe(10);
  expect(first).toContain('href="/me/matches?jobs=20#jobs-from-11"');
  expect(textOf(first)).toContain('Xem thêm việc làm phù hợp');
  const more = await renderPage(matchesPage, 'me/matches', '/me/matches?jobs=20', cookie, context);
  expect(cards(more)).toBeGreaterThanOrEqual(12);
  expect(more).toContain('id="jobs-from-11"');
  // Nonsense asks for the first ten.
  expect(cards(await renderPage(matchesPage, 'me/matches', '/me/matches?jobs=abc', cookie, context))).toBe(10);
});

test('the profile’s skill lists hold the skills of the person’s own trades, every trade a tap away', async () => {
  const { cookie } = await world(); // wishes to weld, welds
  const skills = await listSkills(db);
  const welding = skills.filter((s) => s.occupationCode === 'welder');
  const other = skills.find((s) => s.occupationCode !== null && s.occupationCode !== 'welder')!;
  const offered = (html: string) => new Set([...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]));

  const own = await renderPage(profilePage, 'me', '/me', cookie, context);
  expect(welding.every((s) => offered(own).has(s.code))).toBe(true);
  expect(offered(own).has(other.code)).toBe(false);
  expect(textOf(own)).toContain('Danh sách chỉ có kỹ năng của những nghề bạn muốn làm hoặc đã làm.');
  expect(own).toContain('href="/me?skills=all#section-ownSkills"');

  const every = await renderPage(profilePage, 'me', '/me?skills=all', cookie, context);
  expect(offered(every).has(other.code)).toBe(true);
  expect(every).toContain('href="/me#section-ownSkills"');
});

test('a job whose required skill the person lacks says what is missing and points to the course that teaches it', async () => {
  const { job, course, cookie } = await world({ skills: {} });
  await drainOutbox(services);
  const text = textOf(await renderPage(jobPage, 'jobs/:id', `/jobs/${job.id}`, cookie, context));
  expect(text).toContain('Bạn còn thiếu');
  expect(text).toMatch(/Việc này cần kỹ năng .+, bạn chưa có\./);
  expect(text).toContain(`Học khóa “${course.title}”`);

  const search = await renderPage(searchPage, 'search', '/search?q=Thợ+hàn+khung', cookie, context);
  expect(search).toMatch(new RegExp(`href="/training/[0-9a-f-]{36}"[^>]*>Học khóa “${course.title}”`));

  const matches = textOf(await renderPage(matchesPage, 'me/matches', '/me/matches', cookie, context));
  expect(matches).toContain('Bạn còn thiếu');
  expect(matches).toContain(`Học khóa “${course.title}”`);
});

test('a job that needs a driving licence the person lacks says so and points to courses of its trade', async () => {
  const { organisation, cookie } = await world();
  const driver = await makeJob(db, { organisationId: organisation.id, title: 'Lái xe tải giao hàng', drivingLicenceClass: 'C' });
  const text = textOf(await renderPage(jobPage, 'jobs/:id', `/jobs/${driver.id}`, cookie, context));
  expect(text).toContain('Việc này cần bằng lái xe hạng C.');
  expect(text).toContain('Tìm khóa học nghề này');
});

// ── The way in ──────────────────────────────────────────────────────────────────────────────────

test('the returnee’s home links to their suggestions and their applications, with counts', async () => {
  const { job, course, cookie } = await world();
  expect((await post({ intent: 'apply', jobId: job.id }, cookie)).data.ok).toBe(true);
  expect((await post({ intent: 'applyTraining', trainingSlotId: course.id }, cookie)).data.ok).toBe(true);
  const html = await renderPage(homePage, '', '/', cookie, context);
  expect(html).toContain('href="/me/matches"');
  expect(html).toContain('href="/me/referrals"');
  const text = textOf(html);
  expect(text).toMatch(/ 1 Việc đang ứng tuyển/);
  expect(text).toMatch(/ 1 Khóa học đã xin/);
});
