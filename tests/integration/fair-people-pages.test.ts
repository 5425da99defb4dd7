// The fair pages of the people at a fair, called as the Remix server calls them (real Postgres), as
// the HTML a phone first receives: the returnee registers once and opens their ticket (the code, its
// QR code, kept offline), joins a booth's queue for a job with the consent wording shown and kept
// (a double submit joins once), sees how many wait ahead, "next up", the desk when called and the
// call link only while seen, and leaves; another person cannot open their ticket. Their counsellor
// registers them and queues them by proxy with the referral's wording. At the booth's desk: call
// next, a no-show too early refused in words, the outcome moving the application — and the desk's
// HTML never shows a phone or a past, and a name only for who applied (not after a withdrawal); a
// colleague not named on the staff gets 403. An
// organisation answers an invitation with every mistake named at once.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { translate } from '#app/i18n/i18n.ts';
import * as casePage from '#app/routes/caseload.$id.fairs.tsx';
import * as deskPage from '#app/routes/employer.fairs.$id.tsx';
import * as invitationsPage from '#app/routes/employer.fairs._index.tsx';
import * as ticketPage from '#app/routes/me.fairs.$id.tsx';
import * as fairsPage from '#app/routes/me.fairs._index.tsx';
import type { Actor } from '#app/services/authorize.ts';
import { joinConsentWording } from '#app/services/fairs/applications.server.ts';
import { callNext, joinQueue, startServing } from '#app/services/fairs/commands.server.ts';
import { fairsOfPerson } from '#app/services/fairs/people.server.ts';
import { callNextSchema, joinQueueSchema, placeActionSchema } from '#app/services/fairs/schemas.ts';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { changeReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { applyConsentWording, referralConsentWording } from '#app/services/pipeline/consent.ts';
import { communes, consents, fairBoothPostings, fairBooths, fairBoothStaff, fairQueueEntries, fairTickets, referrals } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { defaultTestPassword, makeBooth, makeFair, makeJob, makeOrganisation, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { call, formRequest, origin, sessionCookie, unwrap } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- page data, read field by field below
type Json = Record<string, any>;
type RouteFn = Parameters<typeof call>[0];

const vi = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('vi', key, vars);
const cookieOf = (user: { email: string | null; phone: string | null }) => sessionCookie(context, user, defaultTestPassword);

/** Posts a form to a page's action: a Response (redirect, error page) as is, else its data and status. */
async function submit(fn: RouteFn, path: string, fields: Record<string, string>, cookie: string, params: Record<string, string> = {}) {
  const result = await call(fn, formRequest(path, fields, { Cookie: cookie }), context, params);
  return result instanceof Response ? result : unwrap<Json>(result);
}

/** The status a page's loader answers `cookie` with (200 for a page, else the Response it threw). */
async function statusOf(fn: RouteFn, path: string, cookie: string, params: Record<string, string>) {
  const result = await call(fn, new Request(origin + path, { headers: { Cookie: cookie } }), context, params);
  return result instanceof Response ? result.status : 200;
}

/** The page's visible text, tags stripped (what a reader or a screen reader reads). */
function textOf(html: string) {
  return unescape(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

function unescape(text: string) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Each form of the page with its hidden fields and the intent its button sends. */
function formsOf(html: string) {
  return [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => ({
    ...Object.fromEntries([...m[1].matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map((f) => [f[1], unescape(f[2])])),
    ...Object.fromEntries([...m[1].matchAll(/<button[^>]*name="intent" value="(\w+)"/g)].map((b) => ['intent', b[1]])),
  }));
}

/** The form of the page that joins the queue for `jobId`, as the browser would post it. */
function joinFormFor(html: string, jobId: string) {
  const form = formsOf(html).find((f) => f.intent === 'join' && f.jobId === jobId);
  if (!form) throw new Error(`no join form for job ${jobId}`);
  return form;
}

/** A person with their own sign-in (phone), in `provinceCode`, and the cookie to act as them. */
async function person(options: { provinceCode?: string; fullName?: string } = {}) {
  const phone = `0914${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const user = await makeUser(db, { role: 'returnee', phone });
  const record = await makeReturnee(db, {
    userId: user.id,
    phone,
    fullName: options.fullName ?? 'Y Blang Niê',
    provinceCode: options.provinceCode ?? '51',
    releaseDate: vietnamDate(-200),
  });
  return { user, record, phone, cookie: await cookieOf(user) };
}

async function ticket(fairId: string, returneeId: string, checkedIn = true) {
  const code = randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase();
  const [row] = await db
    .insert(fairTickets)
    .values({ fairId, returneeId, code, checkedInAt: checkedIn ? new Date() : null })
    .returning();
  return row;
}

/** Queues a person through the service, with the wording the page would show them. */
async function joinAs(actor: Actor, fairId: string, boothId: string, ticketId: string, jobId: string) {
  const consentWording = await joinConsentWording(db, actor, { ticketId, jobId });
  return db.transaction((tx) =>
    joinQueue(tx, actor, joinQueueSchema.parse({ fairId, boothId, ticketId, jobId, consentWording, idempotencyKey: randomUUID() })),
  );
}

const staffOf = (booth: Awaited<ReturnType<typeof makeBooth>>): Actor => ({ ...booth.staff, organisationIds: [booth.organisation.id] });

test('/me/fairs: the fairs of the person’s province open for registration with their booths and jobs; registering once opens the ticket', async () => {
  const open = await makeFair(db, { status: 'registration', name: 'Phiên chợ việc làm xã Trà Bồng' });
  await makeFair(db, { status: 'draft', name: 'Phiên chợ chưa công bố' });
  const [elsewhere] = await db.select({ code: communes.code }).from(communes).where(eq(communes.provinceCode, '24')).limit(1);
  await makeFair(db, { status: 'registration', name: 'Phiên chợ tỉnh khác', provinceCode: '24', communeCode: elsewhere.code });
  const booth = await makeBooth(db, open.id);
  const me = await person();

  const html = await pageHtml(context, fairsPage, '/me/fairs', '/me/fairs', { cookie: me.cookie });
  const text = textOf(html);
  expect(text).toContain('Phiên chợ việc làm xã Trà Bồng');
  expect(text).toContain(vi('fairPeople.booth.label', { booth: booth.number, organisation: booth.organisation.name }));
  expect(text).toContain(booth.jobs[0].title);
  expect(text).not.toContain('Phiên chợ chưa công bố');
  expect(text).not.toContain('Phiên chợ tỉnh khác');

  // One tap: the ticket opens. The same press again (the same key) answers the same; a new press is told.
  const form = formsOf(html).find((f) => f.fairId === open.id)!;
  const first = (await submit(fairsPage.action, '/me/fairs', form, me.cookie)) as Response;
  expect([first.status, first.headers.get('Location')]).toEqual([302, `/me/fairs/${open.id}`]);
  const again = (await submit(fairsPage.action, '/me/fairs', form, me.cookie)) as Response;
  expect([again.status, again.headers.get('Location')]).toEqual([302, `/me/fairs/${open.id}`]);
  expect(await db.select().from(fairTickets).where(eq(fairTickets.returneeId, me.record.id))).toHaveLength(1);
  const later = await submit(fairsPage.action, '/me/fairs', { ...form, idempotencyKey: randomUUID() }, me.cookie);
  expect(later).toMatchObject({ status: 409, data: { formError: vi('fair.registration.already') } });

  const after = textOf(await pageHtml(context, fairsPage, '/me/fairs', '/me/fairs', { cookie: me.cookie }));
  expect(after).toContain(vi('fairPeople.me.ticketsTitle'));
  expect(after).toContain(vi('fairPeople.me.seeTicket'));
});

test('/me/fairs with no fair open in the person’s province says so', async () => {
  const far = await person({ provinceCode: '79' });
  const text = textOf(await pageHtml(context, fairsPage, '/me/fairs', '/me/fairs', { cookie: far.cookie }));
  expect(text).toContain(vi('fairPeople.me.noneOpen'));
  expect((await fairsOfPerson(db, far.user))!.open).toEqual([]);
});

test('the ticket page: the code with its QR code, kept for offline use; joining a booth’s queue for a job with the consent shown (kept with the application), once for a double submit; leaving', async () => {
  const fair = await makeFair(db, { status: 'live' });
  const booth = await makeBooth(db, fair.id, { jobs: 2 });
  const me = await person();
  const mine = await ticket(fair.id, me.record.id);
  const path = `/me/fairs/${fair.id}`;
  const render = () => pageHtml(context, ticketPage, '/me/fairs/:id', path, { cookie: me.cookie });

  const html = await render();
  expect(html).toContain(`>${mine.code}<`);
  expect(html).toMatch(/role="img" aria-label="Mã QR của vé [A-Z0-9]{6}"><svg[^>]*viewBox/);
  expect(html).toContain("register('/fair-ticket-sw.js',{scope:'/me/fairs/'})");
  const job = booth.jobs[0];
  const wording = applyConsentWording('vi', { title: job.title, organisationName: booth.organisation.name });
  expect(textOf(html)).toContain(wording);

  const form = joinFormFor(html, job.id);
  expect(form.consentWording).toBe(wording);
  const joined = await submit(ticketPage.action, path, form, me.cookie, { id: fair.id });
  expect(joined).toMatchObject({
    status: 200,
    data: { ok: true, message: vi('fairPeople.done.joined', { booth: booth.number, number: 1 }) },
  });
  // Pressed twice (the same form, the same key): one place, the same answer.
  expect(await submit(ticketPage.action, path, form, me.cookie, { id: fair.id })).toEqual(joined);
  const places = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.ticketId, mine.id));
  expect(places).toHaveLength(1);
  // Joining applied for the job, with the words the page showed.
  const [referral] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.returneeId, me.record.id), eq(referrals.jobId, job.id)));
  expect(referral.status).toBe('requested');
  const [consent] = await db.select().from(consents).where(eq(consents.referralId, referral.id));
  expect(consent).toMatchObject({ granted: true, wording });

  const queued = await render();
  expect(textOf(queued)).toContain(vi('fairPeople.place.number'));
  expect(textOf(queued)).toContain(vi('fairPeople.booth.queued'));
  const leave = formsOf(queued).find((f) => f.intent === 'leave')!;
  expect(await submit(ticketPage.action, path, leave, me.cookie, { id: fair.id })).toMatchObject({
    data: { ok: true, message: vi('fairPeople.done.left', { booth: booth.number }) },
  });
  // Leaving twice (a retry) is not an error either.
  expect(await submit(ticketPage.action, path, leave, me.cookie, { id: fair.id })).toMatchObject({ data: { ok: true } });
  expect((await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, places[0].id)))[0].status).toBe('left');
  expect(textOf(await render())).toContain(vi('fairPeople.places.none'));
});

test('a place says how many wait ahead and the wait, “next up” while one person is ahead, the booth and desk once called, and an online booth’s call link only while being seen', async () => {
  const fair = await makeFair(db, { status: 'live', kind: 'online', communeCode: null });
  const booth = await makeBooth(db, fair.id);
  await db.update(fairBooths).set({ callLink: 'https://meet.example.vn/gian-thu' }).where(eq(fairBooths.id, booth.id));
  const job = booth.jobs[0];
  const first = await person();
  const me = await person();
  const firstTicket = await ticket(fair.id, first.record.id, false);
  const myTicket = await ticket(fair.id, me.record.id, false);
  await joinAs(first.user, fair.id, booth.id, firstTicket.id, job.id);
  const { answer } = await joinAs(me.user, fair.id, booth.id, myTicket.id, job.id);
  const text = async () => textOf(await pageHtml(context, ticketPage, '/me/fairs/:id', `/me/fairs/${fair.id}`, { cookie: me.cookie }));

  const waiting = await text();
  expect(waiting).toContain(vi('fairPeople.place.ahead', { count: 1 }));
  expect(waiting).toContain(vi('fairPeople.place.wait', { minutes: 10 }));
  expect(waiting).toContain(vi('fairPeople.place.nextUp', { booth: booth.number }));

  const staff = staffOf(booth);
  const call = () =>
    db.transaction((tx) => callNext(tx, staff, callNextSchema.parse({ fairId: fair.id, boothId: booth.id, idempotencyKey: randomUUID() })));
  await call();
  await call();
  const called = await text();
  expect(called).toContain(vi('fairPeople.place.called', { booth: booth.number, desk: 2 }));
  expect(called).not.toContain('meet.example.vn');
  await db.transaction((tx) =>
    startServing(tx, staff, placeActionSchema.parse({ fairId: fair.id, placeId: answer.placeId, idempotencyKey: randomUUID() })),
  );
  const seen = await pageHtml(context, ticketPage, '/me/fairs/:id', `/me/fairs/${fair.id}`, { cookie: me.cookie });
  expect(textOf(seen)).toContain(vi('fairPeople.place.serving', { booth: booth.number, desk: 2 }));
  expect(seen).toContain('href="https://meet.example.vn/gian-thu"');
});

test('a place says what it is for, and when that job needs a skill the person lacks, the course at this fair that teaches it, linked to its booth', async () => {
  const fair = await makeFair(db, { status: 'live' });
  const jobBooth = await makeBooth(db, fair.id, { occupationCode: 'welder' });
  const school = await makeBooth(db, fair.id, { jobs: 0, courses: 1, occupationCode: 'welder', seats: 5 });
  const me = await person();
  const mine = await ticket(fair.id, me.record.id);
  await joinAs(me.user, fair.id, jobBooth.id, mine.id, jobBooth.jobs[0].id);
  const html = await pageHtml(context, ticketPage, '/me/fairs/:id', `/me/fairs/${fair.id}`, { cookie: me.cookie });
  const text = textOf(html);
  expect(text).toContain(vi('fairPeople.place.for', { posting: jobBooth.jobs[0].title }));
  expect(text).toContain(vi('fairPeople.gap.title'));
  const course = vi('fairPeople.gap.course', {
    course: school.courses[0].title,
    booth: school.number,
    organisation: school.organisation.name,
    seats: 5,
  });
  expect(text).toContain(course);
  expect(html).toContain(`href="#booth-${school.id}"`);
  expect(html).toContain(`id="booth-${school.id}"`);
});

test('a person cannot open another’s ticket, nor leave another’s place', async () => {
  const fair = await makeFair(db, { status: 'live' });
  const booth = await makeBooth(db, fair.id);
  const owner = await person();
  const ownerTicket = await ticket(fair.id, owner.record.id);
  const { answer } = await joinAs(owner.user, fair.id, booth.id, ownerTicket.id, booth.jobs[0].id);
  const stranger = await person();
  expect(await statusOf(ticketPage.loader, `/me/fairs/${fair.id}`, stranger.cookie, { id: fair.id })).toBe(404);
  // With a ticket of their own, a form naming the other's place finds nothing.
  await ticket(fair.id, stranger.record.id);
  const leave = await submit(
    ticketPage.action,
    `/me/fairs/${fair.id}`,
    { intent: 'leave', placeId: answer.placeId, idempotencyKey: randomUUID() },
    stranger.cookie,
    { id: fair.id },
  );
  expect((leave as Response).status).toBe(404);
  expect((await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, answer.placeId)))[0].status).toBe('waiting');
});

test('the counsellor registers the person, sees the printable ticket, and queues them by proxy with the referral’s consent wording, kept', async () => {
  const fair = await makeFair(db, { status: 'live', name: 'Phiên chợ việc làm lưu động' });
  const booth = await makeBooth(db, fair.id);
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const cookie = await cookieOf(counsellor);
  // Someone without a phone: no sign-in of their own.
  const record = await makeReturnee(db, { fullName: 'Đinh Văn Rơi', provinceCode: '51', counsellorId: counsellor.id });
  const base = `/caseload/${record.id}/fairs`;
  const render = (path: string) => pageHtml(context, casePage, '/caseload/:id/fairs', path, { cookie });

  const list = await render(base);
  const register = formsOf(list).find((f) => f.intent === 'register' && f.fairId === fair.id)!;
  const registered = (await submit(casePage.action, base, register, cookie, { id: record.id })) as Response;
  expect(registered.headers.get('Location')).toBe(`${base}?fair=${fair.id}`);
  const [mine] = await db.select().from(fairTickets).where(eq(fairTickets.returneeId, record.id));
  // At the door the person must be checked in before queueing.
  await db.update(fairTickets).set({ checkedInAt: new Date() }).where(eq(fairTickets.id, mine.id));

  const shown = await render(`${base}?fair=${fair.id}`);
  expect(shown).toContain(`>${mine.code}<`);
  expect(shown).toContain('<svg');
  const job = booth.jobs[0];
  const wording = referralConsentWording('vi', { title: job.title, organisationName: booth.organisation.name });
  expect(textOf(shown)).toContain(wording);
  const join = joinFormFor(shown, job.id);
  expect(join.fairId).toBe(fair.id);
  expect(await submit(casePage.action, `${base}?fair=${fair.id}`, join, cookie, { id: record.id })).toMatchObject({
    data: { ok: true, message: vi('fairPeople.done.joined', { booth: booth.number, number: 1 }) },
  });
  const [referral] = await db.select().from(referrals).where(eq(referrals.returneeId, record.id));
  expect(referral.status).toBe('referred');
  expect((await db.select().from(consents).where(eq(consents.referralId, referral.id)))[0]).toMatchObject({ granted: true, wording });

  // A counsellor of another province finds nothing here.
  const elsewhere = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  expect(await statusOf(casePage.loader, base, await cookieOf(elsewhere), { id: record.id })).toBe(404);
});

test('the booth desk: call next, a no-show before the grace time is refused in words (the button says from when), the outcome moves the application; the page shows numbers, jobs and candidate cards — a name only for who applied, never a phone or a past', async () => {
  const fair = await makeFair(db, { status: 'live' });
  const booth = await makeBooth(db, fair.id);
  const job = booth.jobs[0];
  const someone = await person({ fullName: 'Hồ Thị Xuân' });
  const someTicket = await ticket(fair.id, someone.record.id);
  const { answer } = await joinAs(someone.user, fair.id, booth.id, someTicket.id, job.id);
  // Another in line took their application back: their place waits, their name is no longer the employer's to know.
  const withdrawn = await person({ fullName: 'Ksor Thị Mai' });
  const withdrawnTicket = await ticket(fair.id, withdrawn.record.id);
  const second = await joinAs(withdrawn.user, fair.id, booth.id, withdrawnTicket.id, job.id);
  const [secondPlace] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, second.answer.placeId));
  await db.transaction((tx) => changeReferral(tx, withdrawn.user, secondPlace.referralId!, { status: 'withdrawn' }));

  const cookie = await cookieOf(booth.staff);
  const path = `/employer/fairs/${fair.id}`;
  const render = () => pageHtml(context, deskPage, '/employer/fairs/:id', path, { cookie });
  const post = (fields: Record<string, string>) => submit(deskPage.action, path, fields, cookie, { id: fair.id });

  const before = await render();
  expect(textOf(before)).toContain(vi('fairPeople.desk.number', { number: 1 }));
  expect(textOf(before)).toContain(vi('fairPeople.desk.number', { number: 2 }));
  expect(textOf(before)).toContain(vi('fairPeople.desk.forJob', { title: job.title }));
  expect(textOf(before)).toContain(vi('fairPeople.desk.name', { name: 'Hồ Thị Xuân' }));

  const callForm = formsOf(before).find((f) => f.intent === 'callNext')!;
  expect(await post(callForm)).toMatchObject({ data: { ok: true, message: vi('fairPeople.desk.called', { number: 1, desk: 1 }) } });
  const called = await render();
  const noShow = formsOf(called).find((f) => f.intent === 'noShow')!;
  expect(noShow.placeId).toBe(answer.placeId);
  expect(called).toMatch(/<button[^>]*disabled=""[^>]*>.*Không đến \(từ \d\d:\d\d\)/s);
  expect(await post(noShow)).toMatchObject({ status: 409, data: { formError: vi('fair.noShow.tooEarly') } });

  const outcome = { ...formsOf(called).find((f) => f.intent === 'outcome' && f.placeId === answer.placeId)!, outcome: 'offer_made' };
  expect(await post(outcome)).toMatchObject({
    data: { ok: true, message: vi('fairPeople.desk.recorded', { outcome: vi('fairPeople.outcome.offer_made') }) },
  });
  const [place] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.id, answer.placeId));
  expect(place.status).toBe('done');
  expect((await db.select().from(referrals).where(eq(referrals.id, place.referralId!)))[0].status).toBe('offered');

  for (const html of [before, called, await render()]) {
    expect(html).not.toContain('Ksor Thị Mai');
    for (const p of [someone, withdrawn]) expect(html).not.toContain(p.phone);
    expect(html).not.toContain(someTicket.code);
    expect(html).not.toContain(vietnamDate(-200));
    expect(findPastLabel(textOf(html))).toBeNull();
  }
});

test('the desk is its named staff’s: a colleague not named gets 403, an organisation without a booth here 404, and another booth’s place cannot be touched from it', async () => {
  const fair = await makeFair(db, { status: 'live' });
  const booth = await makeBooth(db, fair.id);
  const other = await makeBooth(db, fair.id);
  const path = `/employer/fairs/${fair.id}`;
  expect(await statusOf(deskPage.loader, path, await cookieOf(booth.colleague), { id: fair.id })).toBe(403);
  const outsider = await makeUser(db, { role: 'employer' });
  await makeOrganisation(db, {}, [{ userId: outsider.id }]);
  expect(await statusOf(deskPage.loader, path, await cookieOf(outsider), { id: fair.id })).toBe(404);

  const someone = await person();
  const someTicket = await ticket(fair.id, someone.record.id);
  const { answer } = await joinAs(someone.user, fair.id, booth.id, someTicket.id, booth.jobs[0].id);
  const fromOther = await submit(
    deskPage.action,
    path,
    { intent: 'outcome', placeId: answer.placeId, outcome: 'hired', idempotencyKey: randomUUID() },
    await cookieOf(other.staff),
    { id: fair.id },
  );
  expect((fromOther as Response).status).toBe(404);
});

test('an invitation is answered with every mistake named at once; accepted with its staff, jobs and call link; declined', async () => {
  const fair = await makeFair(db, { status: 'registration', kind: 'online', communeCode: null, name: 'Phiên chợ việc làm trực tuyến' });
  const employer = await makeUser(db, { role: 'employer', fullName: 'Trần Minh Khoa' });
  const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
  const job = await makeJob(db, { organisationId: organisation.id });
  const [booth] = await db.insert(fairBooths).values({ fairId: fair.id, organisationId: organisation.id, number: 4 }).returning();
  const cookie = await cookieOf(employer);
  const html = await pageHtml(context, invitationsPage, '/employer/fairs', '/employer/fairs', { cookie });
  expect(textOf(html)).toContain('Phiên chợ việc làm trực tuyến');
  expect(textOf(html)).toContain('Trần Minh Khoa');
  const key = formsOf(html).find((f) => f.boothId === booth.id)!.idempotencyKey;

  const wrong = await submit(
    invitationsPage.action,
    '/employer/fairs',
    { intent: 'accept', boothId: booth.id, callLink: 'http://meet.example.vn', idempotencyKey: key },
    cookie,
  );
  expect(wrong).toMatchObject({
    status: 400,
    data: { fields: { staffUserIds: vi('fair.validation.staff'), callLink: vi('fair.validation.callLink') }, target: booth.id },
  });

  const body = new URLSearchParams({
    intent: 'accept',
    boothId: booth.id,
    callLink: 'https://meet.example.vn/gian-4',
    idempotencyKey: key,
  });
  body.append('staffUserIds', employer.id);
  body.append('jobIds', job.id);
  const accepted = unwrap<Json>(
    await call(
      invitationsPage.action,
      new Request(`${origin}/employer/fairs`, { method: 'POST', headers: { Cookie: cookie }, body }),
      context,
    ),
  );
  expect(accepted.data).toMatchObject({ ok: true, message: vi('fairPeople.employer.accepted', { number: 4, fair: fair.name }) });
  expect((await db.select().from(fairBooths).where(eq(fairBooths.id, booth.id)))[0]).toMatchObject({
    status: 'accepted',
    callLink: 'https://meet.example.vn/gian-4',
  });
  expect(await db.select({ userId: fairBoothStaff.userId }).from(fairBoothStaff).where(eq(fairBoothStaff.boothId, booth.id))).toEqual([
    { userId: employer.id },
  ]);
  expect(
    await db.select({ jobId: fairBoothPostings.jobId }).from(fairBoothPostings).where(eq(fairBoothPostings.boothId, booth.id)),
  ).toEqual([{ jobId: job.id }]);
  expect(textOf(await pageHtml(context, invitationsPage, '/employer/fairs', '/employer/fairs', { cookie }))).toContain(
    vi('fairPeople.employer.openDesk'),
  );

  const declined = await submit(
    invitationsPage.action,
    '/employer/fairs',
    { intent: 'decline', boothId: booth.id, idempotencyKey: randomUUID() },
    cookie,
  );
  expect(declined).toMatchObject({ data: { ok: true } });
  expect((await db.select().from(fairBooths).where(eq(fairBooths.id, booth.id)))[0].status).toBe('declined');
  // Another organisation's invitation cannot be answered from here.
  const stranger = await makeUser(db, { role: 'employer' });
  await makeOrganisation(db, {}, [{ userId: stranger.id }]);
  const foreign = await submit(
    invitationsPage.action,
    '/employer/fairs',
    { intent: 'decline', boothId: booth.id, idempotencyKey: randomUUID() },
    await cookieOf(stranger),
  );
  expect((foreign as Response).status).toBe(404);
});
