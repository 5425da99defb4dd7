// The placement pipeline against real Postgres: referrals from suggestion, application or an
// employer's question to the hire (each step a dated, attributed timeline event; counsellors'
// steps audited), the table's 409s, two actors at once (one wins), hiring → placement, follow-ups
// and the due list, the stable-job rule, training seats (the last seat taken twice at once),
// loans and legal help, the timeline API, and privacy: an employer sees a name only after consent
// and never the past, a counsellor of another province gets 404, a person sees only their own.
import { and, asc, eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { loader as homeLoader } from '#app/routes/_index.tsx';
import { apiHandler as openApiLoader } from '#tests/helpers.ts';
import { apiHandler as enrolmentAction } from '#tests/helpers.ts';
import { apiHandler as enrolmentsAction } from '#tests/helpers.ts';
import { apiHandler as jobPipelineApi } from '#tests/helpers.ts';
import { apiHandler as followUpsAction } from '#tests/helpers.ts';
import { apiHandler as referralAction } from '#tests/helpers.ts';
import { apiHandler as referralsAction } from '#tests/helpers.ts';
import { apiHandler as timelineApi } from '#tests/helpers.ts';
import { apiHandler as sessionAction } from '#tests/helpers.ts';
import { apiHandler as supportCaseAction } from '#tests/helpers.ts';
import { apiHandler as supportCasesAction } from '#tests/helpers.ts';
import { apiHandler as returneeApi } from '#tests/helpers.ts';
import { apiHandler as matchesApi } from '#tests/helpers.ts';
import * as casePage from '#app/routes/caseload.$id.pipeline.tsx';
import * as boardPage from '#app/routes/employer.jobs.$id_.pipeline.tsx';
import * as candidatesPage from '#app/routes/employer.jobs.$id_.candidates.tsx';
import * as caseFilePage from '#app/routes/caseload.$id._index.tsx';
import * as mePage from '#app/routes/me.referrals.tsx';
import { cardRef, cardRefKey } from '#app/services/caseload/cards.server.ts';
import { ConflictError } from '#app/services/errors.ts';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { changeEnrolment, startEnrolment } from '#app/services/pipeline/commands/enrolments.server.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { dueFollowUps } from '#app/services/pipeline/queries/placements.server.ts';
import { startDuePlacements } from '#app/services/pipeline/commands/placements.server.ts';
import { stablePlacementCondition } from '#app/services/indicators/queries.server.ts';
import { addMonths, isStablePlacement } from '#app/services/pipeline/rules.ts';
import { vietnamDate } from '#lib/dates.ts';
import { defaultTestPassword, makeJob, makeOrganisation, makeReturnee, makeTrainingSlot, makeUser } from '#server/seed/factories.ts';
import {
  auditLog,
  caseEvents,
  consents,
  enrolments,
  placementFollowUps,
  placements,
  referrals,
  returnees,
  searchOutbox,
  trainingSlots,
  type User,
} from '#db/schema.ts';
import { call, cookieFrom, formRequest, jsonRequest, origin, unwrap } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;
/** The reference of a person's anonymised card on a job, as the employer's pages and API show it. */
const refKey = await cardRefKey(db);
const refOn = (jobId: string, returneeId: string) => cardRef(refKey, jobId, returneeId);

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────────

async function signIn(user: User) {
  const login = user.email ?? user.phone!;
  const response = (await call(
    sessionAction,
    jsonRequest('POST', '/api/v1/session', { login, password: defaultTestPassword }),
    context,
  )) as Response;
  expect(response.status).toBe(200);
  return cookieFrom(response);
}

type RouteFn = Parameters<typeof call>[0];

/** Calls an API route module; answers the status and the parsed JSON body. */
async function api(fn: RouteFn, method: string, path: string, cookie: string | null, body?: unknown, params: Record<string, string> = {}) {
  const response = (await call(fn, jsonRequest(method, path, body, cookie ? { Cookie: cookie } : {}), context, params)) as Response;
  const text = await response.text();
  // The shape differs per endpoint; each test reads the fields it checks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json = (text ? JSON.parse(text) : null) as Record<string, any>;
  return { status: response.status, body: json, text };
}

type FormResult = {
  ok?: boolean;
  message?: string;
  formError?: string;
  conflict?: boolean;
  fields?: Record<string, string>;
  target?: string;
};

async function postForm(fn: RouteFn, path: string, fields: Record<string, string>, cookie: string, params: Record<string, string> = {}) {
  const result = await call(fn, formRequest(path, fields, { Cookie: cookie }), context, params);
  if (result instanceof Response) return { status: result.status, data: {} as FormResult, response: result };
  return { ...unwrap<FormResult>(result), response: null };
}

async function load(fn: RouteFn, path: string, cookie: string, params: Record<string, string> = {}) {
  return call(fn, new Request(origin + path, { headers: { Cookie: cookie } }), context, params);
}

/** Renders a page module to HTML as the browser would receive it (its loader runs for real). */
function renderPage(module: Parameters<typeof pageHtml>[1], routePath: string, path: string, cookie: string) {
  return pageHtml(context, module, routePath, path, { cookie });
}

/** A counsellor, an employer with a public job, and a person of the counsellor's province. */
async function world(options: { shareCard?: boolean; withAccount?: boolean } = {}) {
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
  const job = await makeJob(db, { organisationId: organisation.id, title: 'Thợ hàn khung thép' });
  const personUser = options.withAccount === false ? null : await makeUser(db, { role: 'returnee', fullName: 'Phạm Văn Hòa' });
  const person = await makeReturnee(db, {
    fullName: 'Phạm Văn Hòa',
    phone: '0912345678',
    userId: personUser?.id ?? null,
    shareCard: options.shareCard ?? true,
    releaseDate: '2025-09-02',
    releaseKind: 'amnesty',
    counsellorId: counsellor.id,
    skillLevels: { 'welding-arc': 'experienced' },
    certificates: ['Chứng chỉ hàn điện'],
  });
  return { counsellor, employer, organisation, job, personUser, person };
}

async function eventsOf(subjectId: string) {
  return db.select().from(caseEvents).where(eq(caseEvents.subjectId, subjectId)).orderBy(asc(caseEvents.id));
}

/** Every message in `json` that an employer could read, checked for words about the past. */
function expectNeutral(text: string, person: { releaseDate: string | null }) {
  expect(findPastLabel(text)).toBeNull();
  if (person.releaseDate) {
    expect(text).not.toContain(person.releaseDate);
    expect(text).not.toContain(person.releaseDate.split('-').reverse().join('/'));
  }
  expect(text).not.toMatch(/releaseDate|releaseKind|conditional_early_release/);
}

/** Waits until `n` sessions of this database are blocked on a lock (so two requests truly race). */
async function waitForBlocked(n: number) {
  for (let i = 0; i < 200; i++) {
    const [row] =
      await services.sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    if (row.n >= n) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${n} sessions never blocked`);
}

// ── Referrals ───────────────────────────────────────────────────────────────────────────────────

test('suggested → referred with consent → interview → offer → hire: each step a dated, attributed event; hiring creates the placement', async () => {
  const { counsellor, employer, organisation, job, person } = await world();
  const counsellorCookie = await signIn(counsellor);
  const employerCookie = await signIn(employer);

  const suggested = await api(referralsAction, 'POST', '/api/v1/referrals', counsellorCookie, { jobId: job.id, returneeId: person.id });
  expect(suggested.status).toBe(201);
  expect(suggested.body.referral).toMatchObject({ status: 'suggested', jobId: job.id, returneeId: person.id });
  const id = suggested.body.referral.id as string;

  // Referring needs the person's consent to this named employer.
  const noConsent = await api(referralAction, 'PATCH', `/api/v1/referrals/${id}`, counsellorCookie, { status: 'referred' }, { id });
  expect(noConsent.status).toBe(400);
  expect(noConsent.body.error.fields.consent).toMatch(/đồng ý/);
  const referred = await api(
    referralAction,
    'PATCH',
    `/api/v1/referrals/${id}`,
    counsellorCookie,
    { status: 'referred', consent: true },
    { id },
  );
  expect(referred.status).toBe(200);
  const [consent] = await db.select().from(consents).where(eq(consents.referralId, id));
  expect(consent).toMatchObject({ scope: 'referral', granted: true, recordedById: counsellor.id, returneeId: person.id });
  expect(consent.wording).toContain(organisation.name);
  expect(consent.wording).toContain(job.title);

  const interview = await api(
    referralAction,
    'PATCH',
    `/api/v1/referrals/${id}`,
    employerCookie,
    { status: 'interview_scheduled', interviewAt: `${vietnamDate(2)}T09:30` },
    { id },
  );
  expect(interview.status).toBe(200);
  expect(interview.body.referral.interviewAt).toBe(`${vietnamDate(2)}T02:30:00.000Z`);
  expect((await api(referralAction, 'PATCH', `/api/v1/referrals/${id}`, employerCookie, { status: 'offered' }, { id })).status).toBe(200);
  // A hire may be recorded late, but cannot start before the person came home, nor over six months ahead.
  for (const [startDate, message] of [
    ['2025-09-01', /trước ngày người lao động trở về/],
    [vietnamDate(200), /tối đa 6 tháng/],
  ] as const) {
    const refused = await api(
      referralAction,
      'PATCH',
      `/api/v1/referrals/${id}`,
      employerCookie,
      { status: 'hired', startDate, wageVnd: 8_500_000, contractType: 'fixed_term' },
      { id },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.startDate).toMatch(message);
  }
  const hired = await api(
    referralAction,
    'PATCH',
    `/api/v1/referrals/${id}`,
    employerCookie,
    { status: 'hired', startDate: '2026-12-15', wageVnd: 8_500_000, contractType: 'fixed_term' },
    { id },
  );
  expect(hired.status).toBe(200);
  expect(hired.body.referral).toMatchObject({
    status: 'hired',
    placement: { startDate: '2026-12-15', wageVnd: 8_500_000, contractType: 'fixed_term', endedOn: null },
  });

  const [placement] = await db.select().from(placements).where(eq(placements.referralId, id));
  expect(placement).toMatchObject({ returneeId: person.id, jobId: job.id, organisationId: organisation.id });
  // The job starts on 15 December: the case stays active until then (see the next test).
  const [after] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(after.status).toBe(placement.startDate <= vietnamDate() ? 'placed' : 'active');

  const steps = await eventsOf(id);
  expect(steps.map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorUserId])).toEqual([
    ['referral', null, 'suggested', counsellor.id],
    ['referral', 'suggested', 'referred', counsellor.id],
    ['referral', 'referred', 'interview_scheduled', employer.id],
    ['referral', 'interview_scheduled', 'offered', employer.id],
    ['referral', 'offered', 'hired', employer.id],
  ]);
  expect(steps.every((e) => e.at instanceof Date && e.returneeId === person.id)).toBe(true);
  const [started] = await eventsOf(placement.id);
  expect(started).toMatchObject({ kind: 'placement', toStatus: 'started', actorUserId: employer.id });

  // The counsellor's steps went through requireReturnee: audited, with the purpose.
  const audits = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorUserId, counsellor.id), eq(auditLog.entityId, person.id)));
  expect(audits.filter((a) => a.action === 'update').length).toBeGreaterThanOrEqual(2);
  expect(audits.some((a) => a.reason?.includes('referral'))).toBe(true);
});

test('a hire marks the case "placed" only once the job has started: a later start keeps it active until the daily check on that day; the start is never before the release, and the release date cannot then move past the start', async () => {
  const w = await world();
  const today = vietnamDate();
  const startDate = vietnamDate(20);
  const placement = await hiredPlacement(w, startDate);
  const statusOf = async (id: string) => (await db.select().from(returnees).where(eq(returnees.id, id)))[0].status;
  expect(await statusOf(w.person.id)).toBe('active');
  const [started] = await eventsOf(placement.id);
  expect(started.details).not.toHaveProperty('caseStatus');

  // The periodic worker's check, with an explicit "today": nothing moves the day before the start.
  expect((await startDuePlacements(db, vietnamDate(19))).filter((m) => m.returneeId === w.person.id)).toEqual([]);
  expect(await statusOf(w.person.id)).toBe('active');
  const moved = await startDuePlacements(db, startDate);
  expect(moved.filter((m) => m.returneeId === w.person.id)).toEqual([{ returneeId: w.person.id, placementId: placement.id }]);
  expect(await statusOf(w.person.id)).toBe('placed');
  expect((await startDuePlacements(db, vietnamDate(21))).filter((m) => m.returneeId === w.person.id)).toEqual([]); // once
  const statusEvents = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.returneeId, w.person.id), eq(caseEvents.kind, 'case.status')));
  expect(statusEvents.map((e) => [e.fromStatus, e.toStatus, e.actorUserId, e.subjectId, e.effectiveOn])).toEqual([
    ['active', 'placed', null, placement.id, startDate],
  ]);

  // A start today marks the case placed at once.
  const now = await world();
  await hiredPlacement(now, today);
  expect(await statusOf(now.person.id)).toBe('placed');

  // A person not yet released: the job cannot start before the release; after it, the case waits.
  const soon = await world();
  await db
    .update(returnees)
    .set({ releaseDate: vietnamDate(30) })
    .where(eq(returnees.id, soon.person.id));
  const { referral } = await startReferral(db, soon.counsellor, { jobId: soon.job.id, returneeId: soon.person.id, consent: true });
  await changeReferral(db, soon.employer, referral.id, { status: 'offered' });
  const terms = { status: 'hired', wageVnd: 7_000_000, contractType: 'indefinite' } as const;
  await expect(changeReferral(db, soon.employer, referral.id, { ...terms, startDate: vietnamDate(10) })).rejects.toMatchObject({
    fields: { startDate: 'pipeline.validation.startBeforeRelease' },
  });
  await changeReferral(db, soon.employer, referral.id, { ...terms, startDate: vietnamDate(40) });
  expect(await statusOf(soon.person.id)).toBe('active');

  // The release date can no longer be moved past a job's start (from the API, field by field).
  const cookie = await signIn(w.counsellor);
  const moveRelease = await api(
    returneeApi,
    'PATCH',
    `/api/v1/returnees/${w.person.id}`,
    cookie,
    { releaseDate: vietnamDate(25) },
    { id: w.person.id },
  );
  expect(moveRelease.status).toBe(400);
  expect(moveRelease.body.error.fields.releaseDate).toMatch(/ngày bắt đầu làm/);
  const fine = await api(
    returneeApi,
    'PATCH',
    `/api/v1/returnees/${w.person.id}`,
    cookie,
    { releaseDate: vietnamDate(-30) },
    { id: w.person.id },
  );
  expect(fine.status).toBe(200);
});

test('a move the status does not allow is a 409 that says what it needs; a role that may not make it is a 403; bad input is a 400, never a 500', async () => {
  const { counsellor, employer, job, person } = await world();
  const employerCookie = await signIn(employer);
  const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: person.id, consent: true });
  const id = referral.id;

  const hire = await api(
    referralAction,
    'PATCH',
    `/api/v1/referrals/${id}`,
    employerCookie,
    { status: 'hired', startDate: '2026-12-15', wageVnd: 8_000_000, contractType: 'seasonal' },
    { id },
  );
  expect(hire.status).toBe(409);
  expect(hire.body.error).toEqual({
    code: 'conflict',
    message: 'Chỉ ghi nhận đã tuyển sau khi đã mời nhận việc (và chưa có kết quả khác).',
  });
  expect(await db.$count(placements, eq(placements.referralId, id))).toBe(0);

  const consentByEmployer = await api(referralAction, 'PATCH', `/api/v1/referrals/${id}`, employerCookie, { status: 'withdrawn' }, { id });
  expect(consentByEmployer.status).toBe(403);

  const noTime = await api(
    referralAction,
    'PATCH',
    `/api/v1/referrals/${id}`,
    employerCookie,
    { status: 'interview_scheduled', interviewAt: 'mai' },
    { id },
  );
  expect(noTime.status).toBe(400);
  expect(noTime.body.error.fields).toEqual({ interviewAt: 'Hãy nhập ngày và giờ phỏng vấn.' });
  const noReason = await api(referralAction, 'PATCH', `/api/v1/referrals/${id}`, employerCookie, { status: 'not_hired' }, { id });
  expect(noReason.body.error.fields).toEqual({ reason: 'Hãy ghi lý do (3–500 ký tự).' });
  const labelled = await api(
    referralAction,
    'PATCH',
    `/api/v1/referrals/${id}`,
    employerCookie,
    { status: 'not_hired', reason: 'Vì từng ở trại giam' },
    { id },
  );
  expect(labelled.status).toBe(400);
  const unknown = await api(referralAction, 'PATCH', `/api/v1/referrals/${id}`, employerCookie, { status: 'promoted' }, { id });
  expect(unknown.status).toBe(400);
  expect(unknown.body.error.fields.status).toBe('Hãy chọn một bước hợp lệ.');
  const notJson = await api(referralAction, 'PATCH', `/api/v1/referrals/${id}`, employerCookie, '{oops', { id });
  expect(notJson.status).toBe(400);
  const missing = await api(referralAction, 'PATCH', '/api/v1/referrals/x', employerCookie, { status: 'offered' }, { id: 'x' });
  expect(missing.status).toBe(404);
  const nobody = await api(referralAction, 'PATCH', `/api/v1/referrals/${id}`, null, { status: 'offered' }, { id });
  expect(nobody.status).toBe(401);
  const badStart = await api(referralsAction, 'POST', '/api/v1/referrals', employerCookie, { jobId: 'viec-lam' });
  expect(badStart.status).toBe(400);
  expect(badStart.body.error.fields.jobId).toBeDefined();

  // Another employer's member: the referral does not exist for them.
  const stranger = await makeUser(db, { role: 'employer' });
  await makeOrganisation(db, {}, [{ userId: stranger.id }]);
  const strangerMove = await api(referralAction, 'PATCH', `/api/v1/referrals/${id}`, await signIn(stranger), { status: 'offered' }, { id });
  expect(strangerMove.status).toBe(404);
});

test('two actors moving one referral at once (hire and not hired): one wins, the other gets a 409', async () => {
  const { counsellor, employer, job, person } = await world();
  const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: person.id, consent: true });
  await changeReferral(db, employer, referral.id, { status: 'offered' });

  let racing: Promise<PromiseSettledResult<unknown>[]> | undefined;
  // Hold the row so both requests are inside their transactions, waiting, before either goes on.
  await db.transaction(async (tx) => {
    await tx.select().from(referrals).where(eq(referrals.id, referral.id)).for('update');
    racing = Promise.allSettled([
      changeReferral(db, employer, referral.id, {
        status: 'hired',
        startDate: '2026-12-01',
        wageVnd: 7_000_000,
        contractType: 'probation',
      }),
      changeReferral(db, counsellor, referral.id, { status: 'not_hired', reason: 'Chưa đủ tay nghề hàn' }),
    ]);
    await waitForBlocked(2);
  });
  const settled = await racing!;
  const won = settled.filter((s) => s.status === 'fulfilled');
  const lost = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0].reason).toBeInstanceOf(ConflictError);

  const [final] = await db.select().from(referrals).where(eq(referrals.id, referral.id));
  const outcomeEvents = (await eventsOf(referral.id)).filter((e) => e.fromStatus === 'offered');
  expect(outcomeEvents).toHaveLength(1);
  expect(outcomeEvents[0].toStatus).toBe(final.status);
  expect(await db.$count(placements, eq(placements.referralId, referral.id))).toBe(final.status === 'hired' ? 1 : 0);
});

test('a referral starts only on a public job, once per person and job', async () => {
  const { counsellor, organisation, person } = await world();
  const draft = await makeJob(db, { organisationId: organisation.id, status: 'draft', publishedAt: null });
  const closed = await makeJob(db, { organisationId: organisation.id, status: 'open', closingDate: '2020-01-01' });
  await expect(startReferral(db, counsellor, { jobId: draft.id, returneeId: person.id })).rejects.toMatchObject({
    messageKey: 'pipeline.job.notOpen',
  });
  await expect(startReferral(db, counsellor, { jobId: closed.id, returneeId: person.id })).rejects.toMatchObject({
    messageKey: 'pipeline.job.notOpen',
  });
  const open = await makeJob(db, { organisationId: organisation.id });
  await startReferral(db, counsellor, { jobId: open.id, returneeId: person.id });
  await expect(startReferral(db, counsellor, { jobId: open.id, returneeId: person.id })).rejects.toMatchObject({
    messageKey: 'pipeline.conflict.referral.exists',
  });
  expect(await db.$count(referrals, eq(referrals.returneeId, person.id))).toBe(1);
});

test('the person applies from a job page (POST /me/referrals intent=apply): their consent is recorded with the words shown, their counsellor sees it waiting, and the employer sees their name at once', async () => {
  const { counsellor, employer, organisation, job, person, personUser } = await world({ shareCard: false });
  const cookie = await signIn(personUser!);
  const applied = await postForm(mePage.action, '/me/referrals', { intent: 'apply', jobId: job.id }, cookie);
  expect(applied.status).toBe(200);
  expect(applied.data).toMatchObject({ ok: true, message: `Bạn đã ứng tuyển việc “${job.title}”. Cán bộ tư vấn sẽ liên hệ với bạn.` });

  const [referral] = await db.select().from(referrals).where(eq(referrals.returneeId, person.id));
  expect(referral.status).toBe('requested');
  const [consent] = await db.select().from(consents).where(eq(consents.referralId, referral.id));
  expect(consent).toMatchObject({ scope: 'referral', granted: true, recordedById: personUser!.id });
  expect(consent.wording).toBe(
    `Khi bấm “Ứng tuyển”, bạn đồng ý để ${organisation.name} thấy họ tên và số điện thoại của bạn cho vị trí “${job.title}”.`,
  );
  const [event] = await eventsOf(referral.id);
  expect(event).toMatchObject({ kind: 'referral', toStatus: 'requested', actorUserId: personUser!.id });

  type Waiting = { home: { waitingReferrals: { items: { id: string; status: string; fullName: string }[] } } };
  const home = (await load(homeLoader, '/', await signIn(counsellor))) as Waiting;
  expect(home.home.waitingReferrals.items.find((w) => w.id === referral.id)).toMatchObject({
    status: 'requested',
    fullName: 'Phạm Văn Hòa',
  });
  const elsewhere = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  const otherHome = (await load(homeLoader, '/', await signIn(elsewhere))) as Waiting;
  expect(otherHome.home.waitingReferrals.items.some((w) => w.id === referral.id)).toBe(false);

  const again = await postForm(mePage.action, '/me/referrals', { intent: 'apply', jobId: job.id }, cookie);
  expect(again.status).toBe(409);
  expect(again.data.formError).toBe('Bạn đã ứng tuyển việc này rồi.');

  // The employer's board names the applicant (they applied themself), with no card consent needed.
  const board = await api(jobPipelineApi, 'GET', `/api/v1/jobs/${job.id}/pipeline`, await signIn(employer), undefined, { id: job.id });
  expect(board.status).toBe(200);
  expect(board.body.entries).toHaveLength(1);
  expect(board.body.entries[0]).toMatchObject({ status: 'requested', candidate: { name: 'Phạm Văn Hòa', phone: '0912345678' } });
  expectNeutral(board.text, person);

  // A closed job takes no applications; the page says so.
  const closed = await makeJob(db, { organisationId: organisation.id, status: 'closed' });
  const refused = await postForm(mePage.action, '/me/referrals', { intent: 'apply', jobId: closed.id }, cookie);
  expect(refused.status).toBe(409);
  expect(refused.data.formError).toMatch(/không nhận hồ sơ/);
});

test('applying to a job the counsellor suggested turns the suggestion into an application', async () => {
  const { counsellor, job, person, personUser } = await world();
  const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: person.id });
  const cookie = await signIn(personUser!);
  const page = (await load(mePage.loader, '/me/referrals', cookie)) as {
    record: boolean;
    referrals: { id: string; canApply: boolean; applyWording: string }[];
  };
  expect(page.referrals[0]).toMatchObject({ id: referral.id, canApply: true });
  expect(page.referrals[0].applyWording).toMatch(/^Khi bấm “Ứng tuyển”/);
  const applied = await postForm(mePage.action, '/me/referrals', { intent: 'apply', jobId: job.id }, cookie);
  expect(applied.data.ok).toBe(true);
  const [after] = await db.select().from(referrals).where(eq(referrals.id, referral.id));
  expect(after.status).toBe('requested');
  expect(await db.$count(consents, eq(consents.referralId, referral.id))).toBe(1);
});

test('a signed-in person without a linked record gets a clear message', async () => {
  const lonely = await makeUser(db, { role: 'returnee' });
  const cookie = await signIn(lonely);
  const page = (await load(mePage.loader, '/me/referrals', cookie)) as { record: boolean };
  expect(page.record).toBe(false);
  const html = await renderPage(mePage as never, 'me/referrals', '/me/referrals', cookie);
  expect(html).toContain('Tài khoản của bạn chưa được nối với hồ sơ tư vấn');
  const { job } = await world();
  const apply = await postForm(mePage.action, '/me/referrals', { intent: 'apply', jobId: job.id }, cookie);
  expect(apply.status).toBe(409);
  expect(apply.data.formError).toMatch(/chưa được nối với hồ sơ/);
});

test('an employer asks about a visible anonymised card: the board shows the card, no name, nothing of the past — until the counsellor records the person’s consent', async () => {
  const { counsellor, employer, job, person } = await world();
  const cookie = await signIn(employer);
  const asked = await postForm(
    boardPage.action,
    `/employer/jobs/${job.id}/pipeline`,
    { intent: 'introduce', cardRef: refOn(job.id, person.id) },
    cookie,
    { id: job.id },
  );
  expect(asked.data).toMatchObject({ ok: true });
  const [referral] = await db.select().from(referrals).where(eq(referrals.returneeId, person.id));
  expect(referral).toMatchObject({ status: 'introduction_requested', jobId: job.id });
  // Asking again changes nothing and says the same.
  const again = await postForm(
    boardPage.action,
    `/employer/jobs/${job.id}/pipeline`,
    { intent: 'introduce', cardRef: refOn(job.id, person.id) },
    cookie,
    { id: job.id },
  );
  expect(again.data.message).toBe(asked.data.message);

  const before = (await load(boardPage.loader, `/employer/jobs/${job.id}/pipeline`, cookie, { id: job.id })) as Awaited<
    ReturnType<typeof boardPage.loader>
  >;
  const entry = before.sections.find((s) => s.status === 'introduction_requested')!.entries[0];
  expect(entry.candidate).toBeNull();
  expect(entry.card).toMatchObject({ ref: refOn(job.id, person.id), certificates: ['Chứng chỉ hàn điện'] });
  const beforeJson = JSON.stringify(before);
  expect(beforeJson).not.toContain('Phạm Văn Hòa');
  expect(beforeJson).not.toContain('0912345678');
  expectNeutral(beforeJson, person);
  const beforeHtml = await renderPage(boardPage as never, 'employer/jobs/:id/pipeline', `/employer/jobs/${job.id}/pipeline`, cookie);
  expect(beforeHtml).toContain('Ứng viên ẩn danh 1');
  expect(beforeHtml).toContain('Chứng chỉ hàn điện');
  expect(beforeHtml).not.toContain('Phạm Văn Hòa');
  expect(beforeHtml).not.toContain('0912345678');
  expectNeutral(beforeHtml, person);

  await changeReferral(db, counsellor, referral.id, { status: 'referred', consent: true });
  const afterHtml = await renderPage(boardPage as never, 'employer/jobs/:id/pipeline', `/employer/jobs/${job.id}/pipeline`, cookie);
  expect(afterHtml).toContain('Phạm Văn Hòa');
  expect(afterHtml).toContain('0912345678');
  expect(afterHtml).toContain('Hẹn phỏng vấn'); // the employer's next steps
  expectNeutral(afterHtml, person);
  const afterApi = await api(jobPipelineApi, 'GET', `/api/v1/jobs/${job.id}/pipeline`, cookie, undefined, { id: job.id });
  expect(afterApi.body.entries[0].candidate).toEqual({ name: 'Phạm Văn Hòa', phone: '0912345678' });
  expectNeutral(afterApi.text, person);

  // The employer records the interview from the board.
  const scheduled = await postForm(
    boardPage.action,
    `/employer/jobs/${job.id}/pipeline`,
    { intent: 'interview', referralId: referral.id, interviewAt: `${vietnamDate(3)}T14:00` },
    cookie,
    { id: job.id },
  );
  expect(scheduled.data).toMatchObject({ ok: true, target: referral.id });
  const missingTime = await postForm(
    boardPage.action,
    `/employer/jobs/${job.id}/pipeline`,
    { intent: 'offer', referralId: referral.id },
    cookie,
    { id: job.id },
  );
  expect(missingTime.data.ok).toBe(true);
  const wrongStep = await postForm(
    boardPage.action,
    `/employer/jobs/${job.id}/pipeline`,
    { intent: 'interview', referralId: referral.id, interviewAt: `${vietnamDate(4)}T08:00` },
    cookie,
    { id: job.id },
  );
  expect(wrongStep.status).toBe(409);
  expect(wrongStep.data.conflict).toBe(true);
});

test('an introduction needs a card employers may see now; withdrawing card consent hides it from the board at once; another employer’s job is 404', async () => {
  const { employer, job, person } = await world();
  const hidden = await makeReturnee(db, { shareCard: false });
  const cookie = await signIn(employer);
  const refused = await api(referralsAction, 'POST', '/api/v1/referrals', cookie, { jobId: job.id, cardRef: refOn(job.id, hidden.id) });
  expect(refused.status).toBe(404);
  expect(refused.body.error.message).toMatch(/không chia sẻ hồ sơ/);

  const asked = await api(referralsAction, 'POST', '/api/v1/referrals', cookie, { jobId: job.id, cardRef: refOn(job.id, person.id) });
  expect(asked.status).toBe(201);
  expect(asked.body.referral.status).toBe('introduction_requested');
  await db.update(returnees).set({ shareCard: false }).where(eq(returnees.id, person.id));
  const board = await api(jobPipelineApi, 'GET', `/api/v1/jobs/${job.id}/pipeline`, cookie, undefined, { id: job.id });
  expect(board.body.entries[0]).toMatchObject({ status: 'introduction_requested', card: null, candidate: null });

  const other = await makeUser(db, { role: 'employer' });
  await makeOrganisation(db, {}, [{ userId: other.id }]);
  const otherCookie = await signIn(other);
  expect((await api(jobPipelineApi, 'GET', `/api/v1/jobs/${job.id}/pipeline`, otherCookie, undefined, { id: job.id })).status).toBe(404);
  const page = await call(
    boardPage.loader,
    new Request(`${origin}/employer/jobs/${job.id}/pipeline`, { headers: { Cookie: otherCookie } }),
    context,
    { id: job.id },
  );
  expect((page as Response).status).toBe(404);
  const introduce = await postForm(
    boardPage.action,
    `/employer/jobs/${job.id}/pipeline`,
    { intent: 'introduce', cardRef: refOn(job.id, person.id) },
    otherCookie,
    { id: job.id },
  );
  expect(introduce.status).toBe(404);
});

test('the board never shows an employer a counsellor’s suggestion, even once withdrawn', async () => {
  const { counsellor, employer, job, person } = await world();
  const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: person.id });
  const cookie = await signIn(employer);
  expect((await api(jobPipelineApi, 'GET', `/api/v1/jobs/${job.id}/pipeline`, cookie, undefined, { id: job.id })).body.entries).toEqual([]);
  await changeReferral(db, counsellor, referral.id, { status: 'withdrawn', reason: 'Đã có việc gần nhà' });
  expect((await api(jobPipelineApi, 'GET', `/api/v1/jobs/${job.id}/pipeline`, cookie, undefined, { id: job.id })).body.entries).toEqual([]);
});

test('a counsellor of another province gets 404 for the person, their referrals, timeline and pipeline page; their board lists none of them', async () => {
  const { counsellor, job, person } = await world();
  const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: person.id });
  const elsewhere = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  const cookie = await signIn(elsewhere);
  expect((await api(referralsAction, 'POST', '/api/v1/referrals', cookie, { jobId: job.id, returneeId: person.id })).status).toBe(404);
  expect(
    (await api(referralAction, 'PATCH', `/api/v1/referrals/${referral.id}`, cookie, { status: 'withdrawn' }, { id: referral.id })).status,
  ).toBe(404);
  expect((await api(timelineApi, 'GET', `/api/v1/returnees/${person.id}/timeline`, cookie, undefined, { id: person.id })).status).toBe(404);
  const page = await call(
    casePage.loader,
    new Request(`${origin}/caseload/${person.id}/pipeline`, { headers: { Cookie: cookie } }),
    context,
    { id: person.id },
  );
  expect((page as Response).status).toBe(404);
  const board = await api(jobPipelineApi, 'GET', `/api/v1/jobs/${job.id}/pipeline`, cookie, undefined, { id: job.id });
  expect(board.status).toBe(200);
  expect(board.body.entries).toEqual([]);
  // The person's own counsellor sees them there, named (staff), and the read is audited.
  const own = await api(jobPipelineApi, 'GET', `/api/v1/jobs/${job.id}/pipeline`, await signIn(counsellor), undefined, { id: job.id });
  expect(own.body.entries[0].candidate.name).toBe('Phạm Văn Hòa');
  expect(
    await db.$count(auditLog, and(eq(auditLog.actorUserId, counsellor.id), eq(auditLog.action, 'read'), eq(auditLog.entityId, person.id))),
  ).toBeGreaterThan(0);
});

test('a person sees and moves only their own referrals', async () => {
  const { counsellor, job, person, personUser } = await world();
  const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: person.id });
  const someoneElse = await world();
  const otherCookie = await signIn(someoneElse.personUser!);
  const page = (await load(mePage.loader, '/me/referrals', otherCookie)) as { referrals: unknown[] };
  expect(page.referrals).toEqual([]);
  const move = await postForm(mePage.action, '/me/referrals', { intent: 'withdraw', referralId: referral.id }, otherCookie);
  expect(move.status).toBe(404);
  expect((await api(timelineApi, 'GET', `/api/v1/returnees/${person.id}/timeline`, otherCookie, undefined, { id: person.id })).status).toBe(
    404,
  );

  // Their own: the page lists it in plain words; they may withdraw it.
  const cookie = await signIn(personUser!);
  const html = await renderPage(mePage as never, 'me/referrals', '/me/referrals', cookie);
  expect(html).toContain('Cán bộ tư vấn gợi ý việc này cho bạn');
  expect(html).toContain(job.title);
  const withdrawn = await postForm(
    mePage.action,
    '/me/referrals',
    { intent: 'withdraw', referralId: referral.id, reason: 'Đã có việc khác' },
    cookie,
  );
  expect(withdrawn.data.ok).toBe(true);
  const [after] = await db.select().from(referrals).where(eq(referrals.id, referral.id));
  expect(after).toMatchObject({ status: 'withdrawn', reason: 'Đã có việc khác' });
});

// ── The counsellor's page ───────────────────────────────────────────────────────────────────────

test('the counsellor’s page: ?jobId= pre-fills a job; "suggest" with the consent ticked refers at once; the timeline reads in plain words', async () => {
  const { counsellor, organisation, job, person } = await world();
  const cookie = await signIn(counsellor);
  const loaded = (await load(casePage.loader, `/caseload/${person.id}/pipeline?jobId=${job.id}`, cookie, { id: person.id })) as Awaited<
    ReturnType<typeof casePage.loader>
  >;
  expect(loaded.chosenJob).toMatchObject({ id: job.id, title: job.title, employer: organisation.name, isPublic: true });
  expect(loaded.chosenJob!.consentWording).toContain(organisation.name);

  const done = await postForm(
    casePage.action,
    `/caseload/${person.id}/pipeline`,
    { intent: 'suggest', jobId: job.id, consent: 'on' },
    cookie,
    { id: person.id },
  );
  expect(done.data).toMatchObject({ ok: true, message: `Đã giới thiệu tới ${organisation.name} cho việc “${job.title}”.` });
  const [referral] = await db.select().from(referrals).where(eq(referrals.returneeId, person.id));
  expect(referral.status).toBe('referred');

  const html = await renderPage(casePage as never, 'caseload/:id/pipeline', `/caseload/${person.id}/pipeline`, cookie);
  expect(html).toContain(`Đã giới thiệu tới nhà tuyển dụng ${organisation.name} cho việc “${job.title}”`);
  expect(html).toContain('Hẹn phỏng vấn');

  // A form on this person's page cannot move someone else's record.
  const other = await world();
  const { referral: theirs } = await startReferral(db, counsellor, { jobId: other.job.id, returneeId: other.person.id });
  const crossed = await postForm(
    casePage.action,
    `/caseload/${person.id}/pipeline`,
    { intent: 'withdraw', referralId: theirs.id },
    cookie,
    { id: person.id },
  );
  expect(crossed.status).toBe(404);
});

// ── Placements and follow-ups ───────────────────────────────────────────────────────────────────

async function hiredPlacement(w: Awaited<ReturnType<typeof world>>, startDate: string) {
  const { referral } = await startReferral(db, w.counsellor, { jobId: w.job.id, returneeId: w.person.id, consent: true });
  await changeReferral(db, w.employer, referral.id, { status: 'offered' });
  const { placement } = await changeReferral(db, w.employer, referral.id, {
    status: 'hired',
    startDate,
    wageVnd: 7_000_000,
    contractType: 'indefinite',
  });
  return placement!;
}

test('follow-ups: due ones listed on the counsellor’s home (their province, oldest first); not before due; once per mark; "no longer employed" ends the placement and reopens the case', async () => {
  const w = await world();
  const today = vietnamDate();
  const placement = await hiredPlacement(w, addMonths(today, -7)); // 1, 3 and 6 months are due
  const recent = await hiredPlacement({ ...(await world()), counsellor: w.counsellor }, addMonths(today, -1)); // only 1 month
  const elsewhere = await world();
  await db.update(returnees).set({ provinceCode: '24' }).where(eq(returnees.id, elsewhere.person.id));
  const elsewhereCounsellor = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  await hiredPlacement({ ...elsewhere, counsellor: elsewhereCounsellor }, addMonths(today, -2));

  const cookie = await signIn(w.counsellor);
  const home = (await load(homeLoader, '/', cookie)) as {
    home: { dueFollowUps: { items: { placementId: string; month: number; dueDate: string; fullName: string }[]; total: number } };
  };
  const due = home.home.dueFollowUps.items.filter((d) => d.placementId === placement.id || d.placementId === recent.id);
  expect(due.map((d) => [d.placementId, d.month])).toEqual([
    [placement.id, 1],
    [placement.id, 3],
    [placement.id, 6],
    [recent.id, 1],
  ]);
  expect(due.map((d) => d.dueDate)).toEqual([...due.map((d) => d.dueDate)].sort());
  expect(home.home.dueFollowUps.items.every((d) => d.fullName === 'Phạm Văn Hòa')).toBe(true);
  expect((await dueFollowUps(db, '51')).items.some((d) => d.returneeId === elsewhere.person.id)).toBe(false);

  const path = `/api/v1/placements/${placement.id}/follow-ups`;
  const params = { id: placement.id };
  const early = await api(followUpsAction, 'POST', path, cookie, { month: 12, stillEmployed: true }, params);
  expect(early.status).toBe(409);
  expect(early.body.error.message).toMatch(/Chưa đến hạn/);
  const first = await api(followUpsAction, 'POST', path, cookie, { month: 1, stillEmployed: true, note: 'Làm tốt' }, params);
  expect(first.status).toBe(201);
  expect(first.body.followUp).toMatchObject({ month: 1, stillEmployed: true });
  const twice = await api(followUpsAction, 'POST', path, cookie, { month: 1, stillEmployed: true }, params);
  expect(twice.status).toBe(409);
  const bad = await api(followUpsAction, 'POST', path, cookie, { month: 2, stillEmployed: 'maybe' }, params);
  expect(bad.status).toBe(400);
  expect(Object.keys(bad.body.error.fields).sort()).toEqual(['month', 'stillEmployed']);
  expect(
    (await api(followUpsAction, 'POST', path, await signIn(elsewhereCounsellor), { month: 3, stillEmployed: true }, params)).status,
  ).toBe(404);
  expect((await api(followUpsAction, 'POST', path, await signIn(w.employer), { month: 3, stillEmployed: true }, params)).status).toBe(403);

  const left = await api(followUpsAction, 'POST', path, cookie, { month: 3, stillEmployed: false, endedOn: today }, params);
  expect(left.status).toBe(201);
  expect(left.body.placement.endedOn).toBe(today);
  const [person] = await db.select().from(returnees).where(eq(returnees.id, w.person.id));
  expect(person.status).toBe('active');
  const ended = await api(followUpsAction, 'POST', path, cookie, { month: 6, stillEmployed: true }, params);
  expect(ended.status).toBe(409);
  expect(ended.body.error.message).toMatch(/đã nghỉ/);
  expect((await dueFollowUps(db, '51')).items.some((d) => d.placementId === placement.id)).toBe(false);

  const followEvents = (await eventsOf(placement.id)).filter((e) => e.kind === 'placement.follow_up');
  expect(followEvents.map((e) => [e.toStatus, (e.details as { month: number }).month, e.actorUserId])).toEqual([
    ['employed', 1, w.counsellor.id],
    ['not_employed', 3, w.counsellor.id],
  ]);
  expect(await db.$count(placementFollowUps, eq(placementFollowUps.placementId, placement.id))).toBe(2);
});

test('a later follow-up answers for a missed one; a stated leaving date must fall between the start and today', async () => {
  const w = await world();
  const today = vietnamDate();
  const placement = await hiredPlacement(w, addMonths(today, -4));
  const path = `/api/v1/placements/${placement.id}/follow-ups`;
  const cookie = await signIn(w.counsellor);
  const tooEarly = await api(
    followUpsAction,
    'POST',
    path,
    cookie,
    { month: 3, stillEmployed: false, endedOn: addMonths(today, -5) },
    { id: placement.id },
  );
  expect(tooEarly.status).toBe(400);
  expect(tooEarly.body.error.fields.endedOn).toBeDefined();
  expect((await api(followUpsAction, 'POST', path, cookie, { month: 3, stillEmployed: true }, { id: placement.id })).status).toBe(201);
  expect((await dueFollowUps(db, '51')).items.filter((d) => d.placementId === placement.id)).toEqual([]);
});

test('"no longer employed" asks for the date the person left (not in the future, not before the start, not before a mark already confirmed as still employed); nothing is recorded on a refusal', async () => {
  const w = await world();
  const today = vietnamDate();
  const start = addMonths(today, -7);
  const placement = await hiredPlacement(w, start);
  const path = `/api/v1/placements/${placement.id}/follow-ups`;
  const params = { id: placement.id };
  const cookie = await signIn(w.counsellor);
  expect((await api(followUpsAction, 'POST', path, cookie, { month: 3, stillEmployed: true }, params)).status).toBe(201);

  const noDate = await api(followUpsAction, 'POST', path, cookie, { month: 6, stillEmployed: false }, params);
  expect(noDate.status).toBe(400);
  expect(noDate.body.error.fields.endedOn).toMatch(/Hãy nhập ngày người lao động nghỉ việc/);
  const future = await api(followUpsAction, 'POST', path, cookie, { month: 6, stillEmployed: false, endedOn: vietnamDate(1) }, params);
  expect(future.status).toBe(400);
  expect(future.body.error.fields.endedOn).toBeDefined();
  const beforeStart = await api(
    followUpsAction,
    'POST',
    path,
    cookie,
    { month: 6, stillEmployed: false, endedOn: addMonths(start, -1) },
    params,
  );
  expect(beforeStart.status).toBe(400);
  // The 3-month follow-up found them at work on the 3-month mark: they cannot have left before it.
  const beforeConfirmed = await api(
    followUpsAction,
    'POST',
    path,
    cookie,
    { month: 6, stillEmployed: false, endedOn: addMonths(start, 2) },
    params,
  );
  expect(beforeConfirmed.status).toBe(400);
  expect(beforeConfirmed.body.error.fields.endedOn).toMatch(/vẫn đang làm/);
  expect(await db.$count(placementFollowUps, eq(placementFollowUps.placementId, placement.id))).toBe(1);
  expect((await db.select().from(placements).where(eq(placements.id, placement.id)))[0].endedOn).toBeNull();

  const leftOn = addMonths(start, 4);
  const left = await api(followUpsAction, 'POST', path, cookie, { month: 6, stillEmployed: false, endedOn: leftOn }, params);
  expect(left.status).toBe(201);
  expect(left.body.placement.endedOn).toBe(leftOn);
  // Once the end is recorded, no mark after it can say "still employed".
  const after = await api(followUpsAction, 'POST', path, cookie, { month: 6, stillEmployed: true }, params);
  expect(after.status).toBe(409);

  // The counsellor's form asks for the date too, and says so beside the field.
  const other = await world();
  const second = await hiredPlacement({ ...other, counsellor: w.counsellor }, addMonths(today, -2));
  const form = await postForm(
    casePage.action,
    `/caseload/${other.person.id}/pipeline`,
    { intent: 'followUp', placementId: second.id, month: '1', stillEmployed: 'no' },
    cookie,
    { id: other.person.id },
  );
  expect(form.status).toBe(400);
  expect(form.data.fields?.endedOn).toMatch(/Hãy nhập ngày người lao động nghỉ việc/);
  const html = await renderPage(casePage as never, 'caseload/:id/pipeline', `/caseload/${other.person.id}/pipeline`, cookie);
  expect(html).toMatch(/name="endedOn"/);
});

test('stable job: the SQL condition the indicators reuse agrees with isStablePlacement (6 months by default, other settings too); a placement with no follow-up is not stable', async () => {
  const today = vietnamDate();
  type Case = { startDate: string; endedOn: string | null; followUps: { month: number; stillEmployed: boolean }[] };
  const cases: Case[] = [
    { startDate: addMonths(today, -7), endedOn: null, followUps: [{ month: 6, stillEmployed: true }] }, // stable at 6
    { startDate: addMonths(today, -7), endedOn: null, followUps: [] }, // nobody asked: unknown, not stable
    { startDate: addMonths(today, -7), endedOn: addMonths(today, -5), followUps: [] }, // left after 2 months
    { startDate: addMonths(today, -8), endedOn: addMonths(today, -1), followUps: [] }, // left after 7 months: stable at 6
    { startDate: addMonths(today, -2), endedOn: null, followUps: [{ month: 1, stillEmployed: true }] }, // too recent
    { startDate: addMonths(today, -13), endedOn: null, followUps: [{ month: 3, stillEmployed: true }] }, // only 3 months known
    { startDate: addMonths(today, -13), endedOn: null, followUps: [{ month: 12, stillEmployed: true }] }, // a later mark answers
  ];
  const ids: string[] = [];
  for (const c of cases) {
    const w = await world();
    const placement = await hiredPlacement(w, c.startDate);
    if (c.endedOn) await db.update(placements).set({ endedOn: c.endedOn }).where(eq(placements.id, placement.id));
    for (const f of c.followUps) await db.insert(placementFollowUps).values({ placementId: placement.id, ...f });
    ids.push(placement.id);
  }
  for (const months of [6, 3, 1, 12]) {
    const rows = await db
      .select({ id: placements.id })
      .from(placements)
      .where(and(stablePlacementCondition(months), sql`${placements.id} in ${ids}`));
    const expected = ids.filter((_, i) => isStablePlacement(cases[i], months, today));
    expect(rows.map((r) => r.id).sort()).toEqual(expected.sort());
  }
  expect(cases.map((c) => isStablePlacement(c, services.env.STABLE_JOB_MONTHS, today))).toEqual([
    true,
    false,
    false,
    true,
    false,
    false,
    true,
  ]);
});

// ── Training ────────────────────────────────────────────────────────────────────────────────────

test('training: the person applies (intent=applyTraining); the counsellor enrols (a seat is taken, the search outbox told), completes, certifies; no certificate before completion', async () => {
  const w = await world();
  const slot = await makeTrainingSlot(db, { organisationId: w.organisation.id, seats: 10, seatsLeft: 3 });
  const personCookie = await signIn(w.personUser!);
  const applied = await postForm(mePage.action, '/me/referrals', { intent: 'applyTraining', trainingSlotId: slot.id }, personCookie);
  expect(applied.data).toMatchObject({ ok: true });
  const [enrolment] = await db.select().from(enrolments).where(eq(enrolments.returneeId, w.person.id));
  expect(enrolment.status).toBe('applied');

  const cookie = await signIn(w.counsellor);
  const path = `/api/v1/enrolments/${enrolment.id}`;
  const early = await api(enrolmentAction, 'PATCH', path, cookie, { status: 'certified' }, { id: enrolment.id });
  expect(early.status).toBe(409);
  const outboxBefore = await db.$count(searchOutbox, and(eq(searchOutbox.entity, 'training'), eq(searchOutbox.entityId, slot.id)));
  const enrolled = await api(enrolmentAction, 'PATCH', path, cookie, { status: 'enrolled' }, { id: enrolment.id });
  expect(enrolled.status).toBe(200);
  expect(enrolled.body).toMatchObject({ enrolment: { status: 'enrolled' }, seatsLeft: 2 });
  expect(await db.$count(searchOutbox, and(eq(searchOutbox.entity, 'training'), eq(searchOutbox.entityId, slot.id)))).toBe(
    outboxBefore + 1,
  );
  expect((await api(enrolmentAction, 'PATCH', path, cookie, { status: 'completed' }, { id: enrolment.id })).status).toBe(200);
  expect((await api(enrolmentAction, 'PATCH', path, cookie, { status: 'certified' }, { id: enrolment.id })).status).toBe(200);
  expect((await api(enrolmentAction, 'PATCH', path, cookie, { status: 'dropped_out' }, { id: enrolment.id })).status).toBe(409);
  expect((await api(enrolmentAction, 'PATCH', path, await signIn(w.employer), { status: 'completed' }, { id: enrolment.id })).status).toBe(
    403,
  );

  const steps = (await eventsOf(enrolment.id)).map((e) => [e.fromStatus, e.toStatus]);
  expect(steps).toEqual([
    [null, 'applied'],
    ['applied', 'enrolled'],
    ['enrolled', 'completed'],
    ['completed', 'certified'],
  ]);
  const html = await renderPage(mePage as never, 'me/referrals', '/me/referrals', personCookie);
  expect(html).toContain('Bạn đã được cấp chứng chỉ');

  // Applying twice is refused; so is a full course.
  const twice = await api(enrolmentsAction, 'POST', '/api/v1/enrolments', cookie, { trainingSlotId: slot.id, returneeId: w.person.id });
  expect(twice.status).toBe(409);
  const full = await makeTrainingSlot(db, { organisationId: w.organisation.id, seats: 5, seatsLeft: 0 });
  const noSeat = await api(enrolmentsAction, 'POST', '/api/v1/enrolments', cookie, { trainingSlotId: full.id, returneeId: w.person.id });
  expect(noSeat.status).toBe(409);
});

test('two counsellors enrolling the last seat at once, on two connections: one wins, the other gets a clear 409; seats never go below zero', async () => {
  const w = await world();
  const other = await world();
  const secondCounsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const slot = await makeTrainingSlot(db, { organisationId: w.organisation.id, seats: 8, seatsLeft: 1 });
  const a = (await startEnrolment(db, w.counsellor, { trainingSlotId: slot.id, returneeId: w.person.id })).enrolment;
  const b = (await startEnrolment(db, secondCounsellor, { trainingSlotId: slot.id, returneeId: other.person.id })).enrolment;
  const [cookieA, cookieB] = await Promise.all([signIn(w.counsellor), signIn(secondCounsellor)]);

  let racing: Promise<Awaited<ReturnType<typeof api>>[]> | undefined;
  // Hold the course's row: both requests get inside their transactions and wait on it together.
  await db.transaction(async (tx) => {
    await tx.select().from(trainingSlots).where(eq(trainingSlots.id, slot.id)).for('update');
    racing = Promise.all([
      api(enrolmentAction, 'PATCH', `/api/v1/enrolments/${a.id}`, cookieA, { status: 'enrolled' }, { id: a.id }),
      api(enrolmentAction, 'PATCH', `/api/v1/enrolments/${b.id}`, cookieB, { status: 'enrolled' }, { id: b.id }),
    ]);
    await waitForBlocked(2);
  });
  const answers = await racing!;
  expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
  const loser = answers.find((r) => r.status === 409)!;
  expect(loser.body.error).toEqual({ code: 'conflict', message: 'Khóa học đã hết chỗ: người khác vừa nhận chỗ cuối cùng.' });
  const [after] = await db.select().from(trainingSlots).where(eq(trainingSlots.id, slot.id));
  expect(after.seatsLeft).toBe(0);
  const statuses = (await db.select({ status: enrolments.status }).from(enrolments).where(eq(enrolments.trainingSlotId, slot.id)))
    .map((r) => r.status)
    .sort();
  expect(statuses).toEqual(['applied', 'enrolled']);
});

test('dropping out of a course that has not started gives the seat back', async () => {
  const w = await world();
  const slot = await makeTrainingSlot(db, {
    organisationId: w.organisation.id,
    seats: 4,
    seatsLeft: 1,
    startDate: addMonths(vietnamDate(), 1),
  });
  const { enrolment } = await startEnrolment(db, w.counsellor, { trainingSlotId: slot.id, returneeId: w.person.id });
  expect((await changeEnrolment(db, w.counsellor, enrolment.id, { status: 'enrolled' })).seatsLeft).toBe(0);
  expect((await changeEnrolment(db, w.counsellor, enrolment.id, { status: 'dropped_out', reason: 'Chuyển nhà' })).seatsLeft).toBe(1);
});

test('a course cannot be marked completed or certified before it starts (409 that says so; nothing changes)', async () => {
  const w = await world();
  const startDate = addMonths(vietnamDate(), 1);
  const slot = await makeTrainingSlot(db, { organisationId: w.organisation.id, seats: 4, seatsLeft: 4, startDate });
  const { enrolment } = await startEnrolment(db, w.counsellor, { trainingSlotId: slot.id, returneeId: w.person.id });
  await changeEnrolment(db, w.counsellor, enrolment.id, { status: 'enrolled' });
  const cookie = await signIn(w.counsellor);
  const path = `/api/v1/enrolments/${enrolment.id}`;
  const early = await api(enrolmentAction, 'PATCH', path, cookie, { status: 'completed' }, { id: enrolment.id });
  expect(early.status).toBe(409);
  expect(early.body.error.message).toMatch(/chưa bắt đầu/);
  // The provider cannot either.
  await expect(changeEnrolment(db, w.employer, enrolment.id, { status: 'completed' })).rejects.toMatchObject({
    messageKey: 'pipeline.conflict.enrolment.notStarted',
  });
  expect((await db.select().from(enrolments).where(eq(enrolments.id, enrolment.id)))[0].status).toBe('enrolled');
  // Certified before the start: refused too (a completed course recorded, then the date checked again).
  await db.update(enrolments).set({ status: 'completed' }).where(eq(enrolments.id, enrolment.id));
  await expect(changeEnrolment(db, w.counsellor, enrolment.id, { status: 'certified' })).rejects.toMatchObject({
    messageKey: 'pipeline.conflict.enrolment.notStarted',
  });
  await db.update(enrolments).set({ status: 'enrolled' }).where(eq(enrolments.id, enrolment.id));
  // On the start day (an explicit "today") it may be.
  expect((await changeEnrolment(db, w.counsellor, enrolment.id, { status: 'completed' }, startDate)).enrolment.status).toBe('completed');
  expect((await changeEnrolment(db, w.counsellor, enrolment.id, { status: 'certified' }, startDate)).enrolment.status).toBe('certified');
});

// ── Closing and reopening a case ────────────────────────────────────────────────────────────────

test('closing a case: not while a job is running (its end recorded first); a reason from the list and a date, both required; reopening goes back to "placed" when a job still runs, else "active"', async () => {
  const w = await world();
  const today = vietnamDate();
  const cookie = await signIn(w.counsellor);
  const placement = await hiredPlacement(w, addMonths(today, -2));
  const path = `/api/v1/returnees/${w.person.id}`;
  const params = { id: w.person.id };
  const close = (body: Record<string, unknown>) => api(returneeApi, 'PATCH', path, cookie, { status: 'closed', ...body }, params);

  const running = await close({ closeReason: 'moved_away', closedOn: today });
  expect(running.status).toBe(409);
  expect(running.body.error.message).toMatch(/đang làm việc/);
  await api(
    followUpsAction,
    'POST',
    `/api/v1/placements/${placement.id}/follow-ups`,
    cookie,
    { month: 1, stillEmployed: false, endedOn: addMonths(today, -1) },
    { id: placement.id },
  );

  const missing = await close({});
  expect(missing.status).toBe(400);
  expect(Object.keys(missing.body.error.fields).sort()).toEqual(['closeReason', 'closedOn']);
  const wrong = await close({ closeReason: 'offence', closedOn: vietnamDate(1) });
  expect(wrong.status).toBe(400);
  expect(Object.keys(wrong.body.error.fields).sort()).toEqual(['closeReason', 'closedOn']);
  const stray = await api(returneeApi, 'PATCH', path, cookie, { closeReason: 'lost_contact' }, params);
  expect(stray.status).toBe(400);
  expect(stray.body.error.fields.closeReason).toBeDefined();

  const closedOn = vietnamDate(-3);
  const closed = await close({ closeReason: 'lost_contact', closedOn });
  expect(closed.status).toBe(200);
  expect(closed.body.returnee.status).toBe('closed');
  const [event] = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.returneeId, w.person.id), eq(caseEvents.kind, 'case.status'), eq(caseEvents.toStatus, 'closed')));
  expect(event).toMatchObject({
    fromStatus: 'active',
    actorUserId: w.counsellor.id,
    details: { closeReason: 'lost_contact', closedOn },
    effectiveOn: closedOn,
  });

  const reopened = await api(returneeApi, 'PATCH', path, cookie, { status: 'active' }, params);
  expect(reopened.body.returnee.status).toBe('active');

  // The counsellor's form: the reason and date beside the status, asked for when closing, and
  // ignored when the status is not being changed.
  const page = `/caseload/${w.person.id}`;
  const html = await renderPage(caseFilePage as never, 'caseload/:id', page, cookie);
  expect(html).toMatch(/name="closeReason"/);
  expect(html).toMatch(/name="closedOn"/);
  const unchanged = await postForm(
    caseFilePage.action,
    page,
    { intent: 'details', status: 'active', statusWas: 'active', closeReason: 'other', closedOn: today },
    cookie,
    params,
  );
  expect(unchanged.data.ok).toBe(true);
  const formMissing = await postForm(
    caseFilePage.action,
    page,
    { intent: 'details', status: 'closed', statusWas: 'active' },
    cookie,
    params,
  );
  expect(formMissing.status).toBe(400);
  expect(Object.keys(formMissing.data.fields ?? {}).sort()).toEqual(['closeReason', 'closedOn']);
  const formClosed = await postForm(
    caseFilePage.action,
    page,
    { intent: 'details', status: 'closed', statusWas: 'active', closeReason: 'declined', closedOn: today },
    cookie,
    params,
  );
  expect(formClosed.data.ok).toBe(true);
  expect((await db.select().from(returnees).where(eq(returnees.id, w.person.id)))[0].status).toBe('closed');

  // A closed case whose job still runs (a hire recorded while it was closed) reopens as placed.
  const other = await world();
  await hiredPlacement({ ...other, counsellor: w.counsellor }, addMonths(today, -1));
  await db.update(returnees).set({ status: 'closed' }).where(eq(returnees.id, other.person.id));
  const back = await api(
    returneeApi,
    'PATCH',
    `/api/v1/returnees/${other.person.id}`,
    cookie,
    { status: 'active' },
    { id: other.person.id },
  );
  expect(back.status).toBe(200);
  expect(back.body.returnee.status).toBe('placed');
  const [reopenEvent] = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.returneeId, other.person.id), eq(caseEvents.kind, 'case.status'), eq(caseEvents.fromStatus, 'closed')));
  expect(reopenEvent.toStatus).toBe('placed');
});

test('"detained again": the reason and its date are recorded on the case, seen by the person’s counsellor only — never by an employer (board, cards, API), nor on the person’s own timeline', async () => {
  const w = await world();
  const counsellorCookie = await signIn(w.counsellor);
  const employerCookie = await signIn(w.employer);
  const personCookie = await signIn(w.personUser!);
  // The employer knows the person by name (they applied) and has seen their card on another job.
  await startReferral(db, w.personUser!, { jobId: w.job.id });
  const closedOn = vietnamDate(-2);
  const closed = await api(
    returneeApi,
    'PATCH',
    `/api/v1/returnees/${w.person.id}`,
    counsellorCookie,
    { status: 'closed', closeReason: 'detained_again', closedOn },
    { id: w.person.id },
  );
  expect(closed.status).toBe(200);

  const staff = await api(timelineApi, 'GET', `/api/v1/returnees/${w.person.id}/timeline`, counsellorCookie, undefined, {
    id: w.person.id,
  });
  expect(staff.text).toContain('Bị tạm giữ, tạm giam trở lại');

  const secretWords = [/detained/i, /tạm giữ/i, /tạm giam/i, /closeReason/, /closedOn/];
  const shown = [closedOn, closedOn.split('-').reverse().join('/')];
  const seen: string[] = [];
  seen.push((await api(jobPipelineApi, 'GET', `/api/v1/jobs/${w.job.id}/pipeline`, employerCookie, undefined, { id: w.job.id })).text);
  seen.push((await api(matchesApi, 'GET', `/api/v1/jobs/${w.job.id}/matches`, employerCookie, undefined, { id: w.job.id })).text);
  seen.push(await renderPage(boardPage as never, 'employer/jobs/:id/pipeline', `/employer/jobs/${w.job.id}/pipeline`, employerCookie));
  seen.push(
    await renderPage(candidatesPage as never, 'employer/jobs/:id/candidates', `/employer/jobs/${w.job.id}/candidates`, employerCookie),
  );
  seen.push(
    (await api(timelineApi, 'GET', `/api/v1/returnees/${w.person.id}/timeline`, personCookie, undefined, { id: w.person.id })).text,
  );
  seen.push(await renderPage(mePage as never, 'me/referrals', '/me/referrals', personCookie));
  for (const text of seen) {
    for (const word of secretWords) expect(text).not.toMatch(word);
    for (const date of shown) expect(text).not.toContain(date);
  }
  // The employer still sees the application by name (nothing about the case), and no card of the person.
  expect(seen[0]).toContain('Phạm Văn Hòa');
  expect(seen[1]).not.toContain(refOn(w.job.id, w.person.id));
});

// ── Effective dates ─────────────────────────────────────────────────────────────────────────────

test('effective dates: each step may give the day it happened (default today, never in the future, never before the release where that is impossible); the timeline shows it beside the recorded time', async () => {
  const w = await world(); // released 2025-09-02
  const today = vietnamDate();
  const cookie = await signIn(w.counsellor);
  const id = w.person.id;
  const effectiveOf = async (where: ReturnType<typeof and>) =>
    (
      await db
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.returneeId, id), where))
        .orderBy(asc(caseEvents.id))
    ).map((e) => e.effectiveOn);

  // A counselling note: its contact date.
  await api(returneeApi, 'POST', `/api/v1/returnees/${id}/notes`, cookie, { contactDate: vietnamDate(-10), text: 'Gặp ở xã' }, { id });
  expect(await effectiveOf(eq(caseEvents.kind, 'note'))).toEqual([vietnamDate(-10)]);
  // Card consent, given on paper a week ago.
  const consent = await api(
    returneeApi,
    'POST',
    `/api/v1/returnees/${id}/consent`,
    cookie,
    { granted: true, effectiveOn: vietnamDate(-7) },
    { id },
  );
  expect(consent.status).toBe(200);
  expect(await effectiveOf(eq(caseEvents.kind, 'consent.card'))).toEqual([vietnamDate(-7)]);
  // A referral made at a fair last week; a future day is refused.
  const { referral } = await startReferral(db, w.counsellor, { jobId: w.job.id, returneeId: id });
  const path = `/api/v1/referrals/${referral.id}`;
  const future = await api(
    referralAction,
    'PATCH',
    path,
    cookie,
    { status: 'referred', consent: true, effectiveOn: vietnamDate(1) },
    { id: referral.id },
  );
  expect(future.status).toBe(400);
  expect(future.body.error.fields.effectiveOn).toMatch(/sau hôm nay/);
  expect(
    (
      await api(
        referralAction,
        'PATCH',
        path,
        cookie,
        { status: 'referred', consent: true, effectiveOn: vietnamDate(-6) },
        { id: referral.id },
      )
    ).status,
  ).toBe(200);
  expect(await effectiveOf(and(eq(caseEvents.kind, 'referral'), eq(caseEvents.toStatus, 'referred')))).toEqual([vietnamDate(-6)]);
  await changeReferral(db, w.employer, referral.id, { status: 'offered' });
  // A hire agreed last week (it may be agreed before the release: only its start may not be).
  const hire = { status: 'hired', startDate: vietnamDate(-5), wageVnd: 7_000_000, contractType: 'indefinite' };
  const hired = await api(referralAction, 'PATCH', path, cookie, { ...hire, effectiveOn: vietnamDate(-5) }, { id: referral.id });
  expect(hired.status).toBe(200);
  expect(await effectiveOf(and(eq(caseEvents.kind, 'referral'), eq(caseEvents.toStatus, 'hired')))).toEqual([vietnamDate(-5)]);

  // A course completed: not before it started; its certificate without a date is dated today.
  const slot = await makeTrainingSlot(db, { organisationId: w.organisation.id, seats: 4, seatsLeft: 4, startDate: vietnamDate(-40) });
  const { enrolment } = await startEnrolment(db, w.counsellor, { trainingSlotId: slot.id, returneeId: id });
  await changeEnrolment(db, w.counsellor, enrolment.id, { status: 'enrolled' });
  const enrolmentPath = `/api/v1/enrolments/${enrolment.id}`;
  const beforeCourse = await api(
    enrolmentAction,
    'PATCH',
    enrolmentPath,
    cookie,
    { status: 'completed', effectiveOn: vietnamDate(-41) },
    { id: enrolment.id },
  );
  expect(beforeCourse.status).toBe(400);
  expect(beforeCourse.body.error.fields.effectiveOn).toMatch(/khai giảng/);
  expect(
    (
      await api(
        enrolmentAction,
        'PATCH',
        enrolmentPath,
        cookie,
        { status: 'completed', effectiveOn: vietnamDate(-3) },
        { id: enrolment.id },
      )
    ).status,
  ).toBe(200);
  expect((await api(enrolmentAction, 'PATCH', enrolmentPath, cookie, { status: 'certified' }, { id: enrolment.id })).status).toBe(200);
  expect(await effectiveOf(and(eq(caseEvents.kind, 'enrolment'), sql`${caseEvents.toStatus} in ('completed', 'certified')`))).toEqual([
    vietnamDate(-3),
    today,
  ]);

  // A loan granted, recorded late.
  const loan = await api(supportCasesAction, 'POST', '/api/v1/support-cases', cookie, { returneeId: id, kind: 'loan' });
  const loanPath = `/api/v1/support-cases/${loan.body.supportCase.id}`;
  const loanParams = { id: loan.body.supportCase.id };
  await api(supportCaseAction, 'PATCH', loanPath, cookie, { status: 'eligible' }, loanParams);
  await api(supportCaseAction, 'PATCH', loanPath, cookie, { status: 'referred_to_bank' }, loanParams);
  // A loan is not granted before the person came home.
  const beforeRelease = await api(
    supportCaseAction,
    'PATCH',
    loanPath,
    cookie,
    { status: 'granted', amountVnd: 50_000_000, effectiveOn: '2025-08-01' },
    loanParams,
  );
  expect(beforeRelease.status).toBe(400);
  expect(beforeRelease.body.error.fields.effectiveOn).toMatch(/trước ngày người lao động trở về/);
  const granted = await api(
    supportCaseAction,
    'PATCH',
    loanPath,
    cookie,
    { status: 'granted', amountVnd: 50_000_000, effectiveOn: vietnamDate(-2) },
    loanParams,
  );
  expect(granted.status).toBe(200);
  expect(await effectiveOf(and(eq(caseEvents.kind, 'loan'), eq(caseEvents.toStatus, 'granted')))).toEqual([vietnamDate(-2)]);

  // A follow-up made by phone on the due day, recorded later.
  const old = await world();
  const placement = await hiredPlacement({ ...old, counsellor: w.counsellor }, addMonths(today, -2));
  const due = addMonths(placement.startDate, 1);
  const followPath = `/api/v1/placements/${placement.id}/follow-ups`;
  const beforeDue = await api(
    followUpsAction,
    'POST',
    followPath,
    cookie,
    { month: 1, stillEmployed: true, effectiveOn: vietnamDate(-70) },
    { id: placement.id },
  );
  expect(beforeDue.status).toBe(400);
  expect(
    (await api(followUpsAction, 'POST', followPath, cookie, { month: 1, stillEmployed: true, effectiveOn: due }, { id: placement.id }))
      .status,
  ).toBe(201);
  const [follow] = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.subjectId, placement.id), eq(caseEvents.kind, 'placement.follow_up')));
  expect(follow.effectiveOn).toBe(due);

  // The timeline: the effective day of each step, and when it was recorded.
  const timeline = await api(timelineApi, 'GET', `/api/v1/returnees/${id}/timeline`, cookie, undefined, { id });
  const referred = (timeline.body.events as { toStatus: string; effectiveOn: string; at: string }[]).find(
    (e) => e.toStatus === 'referred',
  )!;
  expect(referred.effectiveOn).toBe(vietnamDate(-6));
  const html = await renderPage(casePage as never, 'caseload/:id/pipeline', `/caseload/${id}/pipeline`, cookie);
  expect(html).toContain(vietnamDate(-6).split('-').reverse().join('/'));
  // The forms that record such a step have the day beside them, today by default.
  const suggest = await renderPage(casePage as never, 'caseload/:id/pipeline', `/caseload/${id}/pipeline?jobId=${old.job.id}`, cookie);
  expect(suggest).toMatch(new RegExp(`name="effectiveOn"[^>]*value="${today}"|value="${today}"[^>]*name="effectiveOn"`));
});

// ── Loans and legal help ────────────────────────────────────────────────────────────────────────

test('loan: needed → eligible → referred to the bank → granted with its amount; the table refuses a shortcut; one open case per kind; legal: needed → done', async () => {
  const w = await world();
  const cookie = await signIn(w.counsellor);
  const opened = await api(supportCasesAction, 'POST', '/api/v1/support-cases', cookie, {
    returneeId: w.person.id,
    kind: 'loan',
    note: 'Muốn mua máy hàn',
  });
  expect(opened.status).toBe(201);
  const id = opened.body.supportCase.id as string;
  expect((await api(supportCasesAction, 'POST', '/api/v1/support-cases', cookie, { returneeId: w.person.id, kind: 'loan' })).status).toBe(
    409,
  );

  const move = (body: unknown) => api(supportCaseAction, 'PATCH', `/api/v1/support-cases/${id}`, cookie, body, { id });
  const shortcut = await move({ status: 'granted', amountVnd: 40_000_000 });
  expect(shortcut.status).toBe(409);
  expect(shortcut.body.error.message).toMatch(/sau khi đã giới thiệu tới ngân hàng/);
  expect((await move({ status: 'eligible' })).status).toBe(200);
  expect((await move({ status: 'referred_to_bank' })).status).toBe(200);
  const noAmount = await move({ status: 'granted' });
  expect(noAmount.status).toBe(400);
  expect(noAmount.body.error.fields.amountVnd).toBeDefined();
  const granted = await move({ status: 'granted', amountVnd: '40.000.000' });
  expect(granted.body.supportCase).toMatchObject({ status: 'granted', amountVnd: 40_000_000 });
  expect((await move({ status: 'refused' })).status).toBe(409);

  const legal = await api(supportCasesAction, 'POST', '/api/v1/support-cases', cookie, { returneeId: w.person.id, kind: 'legal' });
  const legalId = legal.body.supportCase.id as string;
  expect(
    (await api(supportCaseAction, 'PATCH', `/api/v1/support-cases/${legalId}`, cookie, { status: 'eligible' }, { id: legalId })).status,
  ).toBe(409);
  expect(
    (await api(supportCaseAction, 'PATCH', `/api/v1/support-cases/${legalId}`, cookie, { status: 'done' }, { id: legalId })).status,
  ).toBe(200);

  expect(
    (await api(supportCasesAction, 'POST', '/api/v1/support-cases', await signIn(w.employer), { returneeId: w.person.id, kind: 'loan' }))
      .status,
  ).toBe(403);
  const elsewhere = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  expect(
    (
      await api(
        supportCaseAction,
        'PATCH',
        `/api/v1/support-cases/${legalId}`,
        await signIn(elsewhere),
        { status: 'done' },
        { id: legalId },
      )
    ).status,
  ).toBe(404);

  const loanSteps = (await eventsOf(id)).map((e) => [e.kind, e.toStatus]);
  expect(loanSteps).toEqual([
    ['loan', 'needed'],
    ['loan', 'eligible'],
    ['loan', 'referred_to_bank'],
    ['loan', 'granted'],
  ]);
});

// ── Timeline and API document ───────────────────────────────────────────────────────────────────

test('the timeline API: every step in plain words with who and when, for the counsellor (audited) and the person themself', async () => {
  const w = await world();
  const placement = await hiredPlacement(w, '2026-01-05');
  await api(supportCasesAction, 'POST', '/api/v1/support-cases', await signIn(w.counsellor), { returneeId: w.person.id, kind: 'legal' });
  const cookie = await signIn(w.counsellor);
  const before = await db.$count(auditLog, and(eq(auditLog.entityId, w.person.id), eq(auditLog.action, 'read')));
  const timeline = await api(timelineApi, 'GET', `/api/v1/returnees/${w.person.id}/timeline`, cookie, undefined, { id: w.person.id });
  expect(timeline.status).toBe(200);
  const texts = (timeline.body.events as { text: string }[]).map((e) => e.text);
  expect(texts).toEqual([
    'Cần trợ giúp pháp lý, giấy tờ',
    `Bắt đầu làm tại ${w.organisation.name} từ 05/01/2026, lương 7.000.000 đồng/tháng`,
    `Được nhận vào làm “${w.job.title}” tại ${w.organisation.name}`,
    `${w.organisation.name} mời nhận việc “${w.job.title}”`,
    `Đã giới thiệu tới nhà tuyển dụng ${w.organisation.name} cho việc “${w.job.title}”`,
    `Cán bộ tư vấn gợi ý việc “${w.job.title}” tại ${w.organisation.name}`,
  ]);
  expect(timeline.body.events[0].actor).toEqual({ name: w.counsellor.fullName, role: 'counsellor' });
  expect(timeline.body.events[1]).toMatchObject({ kind: 'placement', subjectId: placement.id });
  expect(await db.$count(auditLog, and(eq(auditLog.entityId, w.person.id), eq(auditLog.action, 'read')))).toBe(before + 1);

  const own = await api(timelineApi, 'GET', `/api/v1/returnees/${w.person.id}/timeline`, await signIn(w.personUser!), undefined, {
    id: w.person.id,
  });
  expect(own.status).toBe(200);
  expect(own.body.events).toHaveLength(6);
  expect(
    (await api(timelineApi, 'GET', `/api/v1/returnees/${w.person.id}/timeline`, await signIn(w.employer), undefined, { id: w.person.id }))
      .status,
  ).toBe(403);
});

test('the OpenAPI document declares every pipeline operation', async () => {
  const response = (await call(openApiLoader, jsonRequest('GET', '/api/v1/openapi.json'), context)) as Response;
  const doc = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
  expect(Object.keys(doc.paths['/api/v1/referrals'])).toContain('post');
  expect(Object.keys(doc.paths['/api/v1/referrals/{id}'])).toContain('patch');
  expect(Object.keys(doc.paths['/api/v1/jobs/{id}/pipeline'])).toContain('get');
  expect(Object.keys(doc.paths['/api/v1/placements/{id}/follow-ups'])).toContain('post');
  expect(Object.keys(doc.paths['/api/v1/enrolments'])).toContain('post');
  expect(Object.keys(doc.paths['/api/v1/enrolments/{id}'])).toContain('patch');
  expect(Object.keys(doc.paths['/api/v1/support-cases'])).toContain('post');
  expect(Object.keys(doc.paths['/api/v1/support-cases/{id}'])).toContain('patch');
  expect(Object.keys(doc.paths['/api/v1/returnees/{id}/timeline'])).toContain('get');
});
