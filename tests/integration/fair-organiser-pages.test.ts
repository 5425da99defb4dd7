// The organisers' fair pages and the public board, called as the Remix server calls them (real
// Postgres): creating a fair names every mistake at once; a fair offers only the status moves it can
// make now, and a double press moves it once; inviting finds verified organisations by name; the door
// checks a ticket in once (a second time says when) and queues a person without a phone by proxy,
// with the consent read out and kept; the console flags an unattended booth in words; the public
// board needs no sign-in and carries no name, phone, code or past; another province's organiser
// gets 404, other roles 403.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { translate } from '#app/i18n/i18n.ts';
import * as boardPage from '#app/routes/fairs.$id_.board.tsx';
import * as consolePage from '#app/routes/fairs.$id_.console.tsx';
import * as doorPage from '#app/routes/fairs.$id_.door.tsx';
import * as fairPage from '#app/routes/fairs.$id.tsx';
import * as listPage from '#app/routes/fairs._index.tsx';
import * as newPage from '#app/routes/fairs.new.tsx';
import { consents, fairEvents, fairQueueEntries, fairs, fairTickets } from '#db/schema.ts';
import { defaultTestPassword, makeBooth, makeFair, makeOrganisation, makeReturnee, makeUser } from '#server/seed/factories.ts';
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

/** A page's loader data, or the Response it threw (a redirect, 403, 404). */
async function load(fn: RouteFn, path: string, cookie?: string, params: Record<string, string> = {}) {
  const result = await call(fn, new Request(origin + path, { headers: cookie ? { Cookie: cookie } : {} }), context, params);
  return result instanceof Response ? result : (unwrap<Json>(result).data as Json);
}

/** Posts a form to a page's action: a Response (redirect, error page) as is, else its data and status. */
async function submit(fn: RouteFn, path: string, fields: Record<string, string>, cookie: string, params: Record<string, string> = {}) {
  const result = await call(fn, formRequest(path, fields, { Cookie: cookie }), context, params);
  return result instanceof Response ? result : unwrap<Json>(result);
}

const organiser = await makeUser(db, { role: 'organiser', provinceCode: '51', fullName: 'Huỳnh Thị Kim Oanh' });
const otherOrganiser = await makeUser(db, { role: 'organiser', provinceCode: '24' });
const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
const [organiserCookie, otherCookie, counsellorCookie] = [
  await cookieOf(organiser),
  await cookieOf(otherOrganiser),
  await cookieOf(counsellor),
];

/** A person with a ticket to `fairId` (checked in unless told), their name and phone known to the test. */
async function ticketHolder(fairId: string, code: string, checkedIn = true) {
  const phone = `0913${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const user = await makeUser(db, { role: 'returnee', phone });
  const person = await makeReturnee(db, { userId: user.id, fullName: 'Rơ Mah Thị Hiền', phone });
  const [ticket] = await db
    .insert(fairTickets)
    .values({ fairId, returneeId: person.id, code, checkedInAt: checkedIn ? new Date() : null })
    .returning();
  return { user, person, ticket };
}

test('creating a fair names every mistake at once, in Vietnamese, and keeps what was typed', async () => {
  const wrong = (await submit(
    newPage.action,
    '/fairs/new',
    {
      name: 'ab',
      kind: 'hội chợ',
      startsAt: '12/12/2026 08:00',
      endsAt: '',
      capacity: '-5',
      emptyBoothMinutes: '0',
      noShowGraceMinutes: 'năm',
    },
    organiserCookie,
  )) as { status: number; data: Json };
  expect(wrong.status).toBe(400);
  expect(wrong.data.fields).toEqual({
    name: vi('fair.validation.name'),
    kind: vi('fair.validation.kind'),
    startsAt: vi('fair.validation.time'),
    endsAt: vi('fair.validation.time'),
    capacity: vi('fair.validation.capacity'),
    emptyBoothMinutes: vi('fairOrg.validation.emptyBoothMinutes'),
    noShowGraceMinutes: vi('fairOrg.validation.noShowGrace'),
  });
  expect(wrong.data.values).toMatchObject({ name: 'ab', noShowGraceMinutes: 'năm' });

  // The rules between fields come with the fields' own: a place is needed, and the end after the start.
  const rules = (await submit(
    newPage.action,
    '/fairs/new',
    {
      name: 'Phiên chợ việc làm tháng 12',
      kind: 'periodic',
      startsAt: '2026-12-12T16:00',
      endsAt: '2026-12-12T08:00',
      emptyBoothMinutes: '10',
      noShowGraceMinutes: '-1',
    },
    organiserCookie,
  )) as { status: number; data: Json };
  expect(rules.data.fields).toEqual({
    communeCode: vi('fair.validation.place'),
    endsAt: vi('fair.validation.hours'),
    noShowGraceMinutes: vi('fairOrg.validation.noShowGrace'),
  });
  expect(await db.$count(fairs, eq(fairs.createdByUserId, organiser.id))).toBe(0);
});

test('an organiser creates a fair in their province with its alert and grace times, and finds it in their list', async () => {
  const created = (await submit(
    newPage.action,
    '/fairs/new',
    {
      name: 'Phiên chợ việc làm trực tuyến tháng 12',
      kind: 'online',
      startsAt: '2026-12-15T08:00',
      endsAt: '2026-12-15T11:30',
      capacity: '500',
      emptyBoothMinutes: '7',
      noShowGraceMinutes: '2',
    },
    organiserCookie,
  )) as Response;
  expect(created.status).toBe(302);
  const fairId = created.headers.get('Location')!.match(/^\/fairs\/([0-9a-f-]{36})\?created=1$/)![1];
  const [fair] = await db.select().from(fairs).where(eq(fairs.id, fairId));
  expect(fair).toMatchObject({ provinceCode: '51', status: 'draft', emptyBoothMinutes: 7, noShowGraceSeconds: 120, capacity: 500 });
  expect(fair.startsAt.toISOString()).toBe('2026-12-15T01:00:00.000Z');

  const list = (await load(listPage.loader, '/fairs', organiserCookie)) as Json;
  expect(list.fairs.map((f: Json) => f.name)).toContain('Phiên chợ việc làm trực tuyến tháng 12');
  const html = await pageHtml(context, listPage, '/fairs', '/fairs', { cookie: organiserCookie });
  expect(html).toContain('Phiên chợ việc làm trực tuyến tháng 12');
  expect(html).toContain('Bản nháp');

  // Another province's organiser neither lists it nor opens it.
  const theirs = (await load(listPage.loader, '/fairs', otherCookie)) as Json;
  expect(theirs.fairs.map((f: Json) => f.id)).not.toContain(fairId);
});

test('a fair offers only the moves it can make now; a double press moves it once; a move it cannot make is refused', async () => {
  const fair = await makeFair(db);
  const path = `/fairs/${fair.id}`;
  const params = { id: fair.id };
  const before = (await load(fairPage.loader, path, organiserCookie, params)) as Json;
  expect(before.fair.moves).toEqual(['registration', 'live', 'ended']);
  const html = await pageHtml(context, fairPage, '/fairs/:id', path, { cookie: organiserCookie });
  expect(html).toContain('Mở đăng ký');
  expect(html).not.toContain('Tạm dừng');

  const press = { intent: 'status', status: 'registration', idempotencyKey: `${before.formKey}:status:registration` };
  const first = (await submit(fairPage.action, path, press, organiserCookie, params)) as { status: number; data: Json };
  expect(first.data).toMatchObject({ ok: true, message: vi('fairOrg.moved', { status: vi('fairOrg.status.registration') }) });
  const again = (await submit(fairPage.action, path, press, organiserCookie, params)) as { status: number; data: Json };
  expect(again.data).toMatchObject({ ok: true });
  expect(await db.$count(fairEvents, and(eq(fairEvents.fairId, fair.id), eq(fairEvents.type, 'fair:status')))).toBe(1);

  const after = (await load(fairPage.loader, path, organiserCookie, params)) as Json;
  expect(after.fair.status).toBe('registration');
  expect(after.fair.moves).toEqual(['live', 'ended']);
  expect(after.formKey).not.toBe(before.formKey);
  const pause = (await submit(
    fairPage.action,
    path,
    { intent: 'status', status: 'paused', idempotencyKey: randomUUID() },
    organiserCookie,
    params,
  )) as { status: number; data: Json };
  expect(pause.status).toBe(409);
  expect(pause.data.formError).toBe(vi('fair.status.move'));
});

test('inviting finds verified organisations by name without diacritics, gives the next booth, and lists the answer', async () => {
  const fair = await makeFair(db);
  const path = `/fairs/${fair.id}`;
  const params = { id: fair.id };
  const verified = await makeOrganisation(db, { name: 'Công ty TNHH Cơ khí Sa Thầy' });
  await makeOrganisation(db, { name: 'Xưởng Cơ khí Sa Thầy 2', verificationStatus: 'pending', verifiedAt: null });
  const found = (await load(fairPage.loader, `${path}?q=co%20khi%20sa%20thay`, organiserCookie, params)) as Json;
  expect(found.found.map((o: Json) => o.name)).toEqual(['Công ty TNHH Cơ khí Sa Thầy']);

  const invited = (await submit(
    fairPage.action,
    path,
    { intent: 'invite', organisationId: verified.id, idempotencyKey: `${found.formKey}:${verified.id}` },
    organiserCookie,
    params,
  )) as { data: Json };
  expect(invited.data.message).toBe(vi('fairOrg.invite.done', { name: 'Công ty TNHH Cơ khí Sa Thầy', number: 1 }));
  const after = (await load(fairPage.loader, `${path}?q=co%20khi%20sa%20thay`, organiserCookie, params)) as Json;
  expect(after.found).toEqual([]);
  expect(after.booths).toMatchObject([{ number: 1, organisation: 'Công ty TNHH Cơ khí Sa Thầy', status: 'invited' }]);
});

test('the door checks a ticket in once: typed in any case; a second check-in says when; a retry acts once; a wrong code is named', async () => {
  const fair = await makeFair(db, { status: 'registration' });
  const path = `/fairs/${fair.id}/door`;
  const params = { id: fair.id };
  await ticketHolder(fair.id, 'KDTE7P', false);
  const door = (await load(doorPage.loader, path, organiserCookie, params)) as Json;
  const key = `${door.formKey}:checkIn`;

  const first = (await submit(
    doorPage.action,
    path,
    { intent: 'checkIn', code: 'kdte 7p', idempotencyKey: key },
    organiserCookie,
    params,
  )) as Response;
  expect(first.status).toBe(302);
  expect(first.headers.get('Location')).toBe(`${path}?code=KDTE7P&checkedIn=1`);
  // The same press again (a double click, the browser resending): the same answer, one check-in.
  const retried = (await submit(
    doorPage.action,
    path,
    { intent: 'checkIn', code: 'KDTE7P', idempotencyKey: key },
    organiserCookie,
    params,
  )) as Response;
  expect(retried.status).toBe(302);
  expect(await db.$count(fairEvents, and(eq(fairEvents.fairId, fair.id), eq(fairEvents.type, 'ticket:checked_in')))).toBe(1);

  // Another door screen scans it again: refused, saying since when.
  const second = (await submit(
    doorPage.action,
    path,
    { intent: 'checkIn', code: 'KDTE7P', idempotencyKey: randomUUID() },
    organiserCookie,
    params,
  )) as { status: number; data: Json };
  expect(second.status).toBe(409);
  expect(second.data.formError).toMatch(/^Vé KDTE7P đã được xác nhận vào cửa lúc .*\d{2}:\d{2}.*\. Không cần xác nhận lại\.$/);

  const wrong = (await submit(
    doorPage.action,
    path,
    { intent: 'checkIn', code: 'ZZZZZZ', idempotencyKey: randomUUID() },
    organiserCookie,
    params,
  )) as {
    status: number;
    data: Json;
  };
  expect(wrong.status).toBe(400);
  expect(wrong.data.fields).toEqual({ code: vi('fair.ticket.notFound') });

  const shown = await pageHtml(context, doorPage, '/fairs/:id/door', `${path}?code=KDTE7P&checkedIn=1`, { cookie: organiserCookie });
  expect(shown).toContain(vi('fairOrg.door.checkedIn', { code: 'KDTE7P' }));
});

test('the door queues a person without a phone at the booth and job they choose, the consent read out kept, and shows their number', async () => {
  const fair = await makeFair(db, { status: 'live' });
  const path = `/fairs/${fair.id}/door`;
  const params = { id: fair.id };
  const booth = await makeBooth(db, fair.id, { number: 4 });
  const [job] = booth.jobs;
  const { ticket } = await ticketHolder(fair.id, 'MNPQRT');

  const door = (await load(doorPage.loader, `${path}?code=mnpqrt`, organiserCookie, params)) as Json;
  expect(door.person.blocker).toBeNull();
  const [shownBooth] = door.person.booths;
  expect(shownBooth).toMatchObject({ number: 4, organisation: booth.organisation.name });
  const [posting] = shownBooth.postings;
  // What the door reads out before queueing them: the pipeline's referral consent, for this employer and job.
  expect(posting).toEqual({
    kind: 'job',
    id: job.id,
    title: job.title,
    wording: vi('pipeline.consent.referralWording', { employer: booth.organisation.name, job: job.title }),
  });

  const before = await pageHtml(context, doorPage, '/fairs/:id/door', `${path}?code=MNPQRT`, { cookie: organiserCookie });
  expect(before).toContain(posting.wording);
  expect(before).toContain(vi('fairPeople.join.proxy'));

  const joined = (await submit(
    doorPage.action,
    `${path}?code=MNPQRT`,
    {
      intent: 'join',
      boothId: booth.id,
      jobId: job.id,
      consentWording: posting.wording,
      idempotencyKey: `${door.formKey}:j:${job.id}`,
    },
    organiserCookie,
    params,
  )) as { status: number; data: Json };
  expect(joined.data).toMatchObject({ ok: true, message: vi('fairOrg.door.joined', { booth: 4, number: 1 }) });
  const [place] = await db.select().from(fairQueueEntries).where(eq(fairQueueEntries.ticketId, ticket.id));
  expect(place).toMatchObject({ boothId: booth.id, jobId: job.id, number: 1, joinedByUserId: organiser.id });
  const [consent] = await db.select().from(consents).where(eq(consents.referralId, place.referralId!));
  expect(consent).toMatchObject({ granted: true, wording: posting.wording, recordedById: organiser.id });

  const slip = await pageHtml(context, doorPage, '/fairs/:id/door', `${path}?code=MNPQRT`, { cookie: organiserCookie });
  expect(slip).toContain(vi('fairOrg.door.slipPlace', { booth: 4, number: 1 }));
});

test('the console flags a booth where people wait and nobody has acted, in words and a sign', async () => {
  const fair = await makeFair(db, { status: 'live', emptyBoothMinutes: 10 });
  const booth = await makeBooth(db, fair.id, { number: 2 });
  await db.insert(fairEvents).values({
    fairId: fair.id,
    seq: 1,
    type: 'fair:status',
    payload: { from: 'registration', to: 'live' },
    at: new Date(Date.now() - 30 * 60_000),
  });
  const { ticket } = await ticketHolder(fair.id, 'WXYACD');
  await db.insert(fairQueueEntries).values({ fairId: fair.id, boothId: booth.id, ticketId: ticket.id, number: 1, slot: 1 });
  const html = await pageHtml(context, consolePage, '/fairs/:id/console', `/fairs/${fair.id}/console`, { cookie: organiserCookie });
  expect(html).toContain(vi('fairOrg.console.alertTitle', { count: 1 }));
  expect(html).toContain(vi('fairOrg.console.alertBooth', { number: 2, organisation: booth.organisation.name, waiting: '1', minutes: 10 }));
  expect(html).toContain('⚠');
});

test('the public board needs no sign-in, shows booths, their jobs, queues and numbers called — and no name, phone, code or record id', async () => {
  const fair = await makeFair(db, { status: 'live', name: 'Phiên chợ việc làm phường Kon Tum' });
  const booth = await makeBooth(db, fair.id, { number: 7 });
  const [job] = booth.jobs;
  const waiting = await ticketHolder(fair.id, 'HJKMNP');
  const called = await ticketHolder(fair.id, 'QRTUVW');
  await db.insert(fairQueueEntries).values([
    {
      fairId: fair.id,
      boothId: booth.id,
      ticketId: called.ticket.id,
      number: 23,
      slot: 1,
      status: 'called',
      desk: 1,
      calledAt: new Date(),
    },
    { fairId: fair.id, boothId: booth.id, ticketId: waiting.ticket.id, number: 24, slot: 1 },
  ]);
  await db
    .insert(fairEvents)
    .values({ fairId: fair.id, seq: 1, type: 'fair:announced', payload: { message: 'Gian 7 đang tuyển thêm thợ nề.' } });

  const data = (await load(boardPage.loader, `/fairs/${fair.id}/board`, undefined, { id: fair.id })) as Json;
  expect(data.board.view.booths).toEqual([{ number: 7, organisation: booth.organisation.name, waiting: 1, nowServing: [23] }]);
  expect(data.postings).toEqual({ 7: [job.title] });
  const html = await pageHtml(context, boardPage, '/fairs/:id/board', `/fairs/${fair.id}/board`);
  for (const shown of ['Phiên chợ việc làm phường Kon Tum', 'Gian 7', 'Đang mời số', '23', job.title, 'Gian 7 đang tuyển thêm thợ nề.']) {
    expect(html).toContain(shown);
  }
  const text = JSON.stringify(data) + html;
  for (const person of [waiting, called]) {
    for (const secret of [person.person.fullName, person.user.phone!, person.ticket.code, person.ticket.id, person.person.id]) {
      expect(text).not.toContain(secret);
    }
  }
  expect(text).not.toMatch(/chấp hành án|tù|phạm nhân|tái hòa nhập/i);

  const missing = (await load(boardPage.loader, `/fairs/${randomUUID()}/board`, undefined, { id: randomUUID() })) as Response;
  expect(missing.status).toBe(404);
});

test('another province’s organiser gets 404 on a fair’s pages and forms; a counsellor gets 403', async () => {
  const fair = await makeFair(db);
  const params = { id: fair.id };
  for (const [fn, path] of [
    [fairPage.loader, `/fairs/${fair.id}`],
    [consolePage.loader, `/fairs/${fair.id}/console`],
    [doorPage.loader, `/fairs/${fair.id}/door`],
  ] as const) {
    expect(((await load(fn, path, otherCookie, params)) as Response).status).toBe(404);
    expect(((await load(fn, path, counsellorCookie, params)) as Response).status).toBe(403);
  }
  const announce = (await submit(
    fairPage.action,
    `/fairs/${fair.id}`,
    { intent: 'announce', message: 'Mời mọi người vào cửa.', idempotencyKey: randomUUID() },
    otherCookie,
    params,
  )) as Response;
  expect(announce.status).toBe(404);
  expect(await db.$count(fairEvents, eq(fairEvents.fairId, fair.id))).toBe(0);
});

test('the door registers a walk-in with a name alone and checks them in; a phone on another record says who looks after it (never a name) until confirmed', async () => {
  const fair = await makeFair(db, { status: 'live' });
  const path = `/fairs/${fair.id}/door`;
  const params = { id: fair.id };
  const walkIn = (fields: Record<string, string>) =>
    submit(doorPage.action, path, { intent: 'walkIn', idempotencyKey: randomUUID(), ...fields }, organiserCookie, params);

  const nameless = (await walkIn({ fullName: '', phone: '12' })) as { status: number; data: Json };
  expect(nameless.status).toBe(400);
  expect(Object.keys(nameless.data.fields).sort()).toEqual(['fullName', 'phone']);

  const registered = (await walkIn({ fullName: 'Y Blúp Niê' })) as Response;
  expect(registered.status).toBe(302);
  const code = new URL(origin + registered.headers.get('Location')!).searchParams.get('code')!;
  expect(registered.headers.get('Location')).toBe(`${path}?code=${code}&walkIn=new`);
  const [ticket] = await db
    .select()
    .from(fairTickets)
    .where(and(eq(fairTickets.fairId, fair.id), eq(fairTickets.code, code)));
  expect(ticket).toMatchObject({ walkIn: true, registeredByUserId: organiser.id });
  expect(ticket.checkedInAt).not.toBeNull();
  const shown = await pageHtml(context, doorPage, '/fairs/:id/door', `${path}?code=${code}&walkIn=new`, { cookie: organiserCookie });
  expect(shown).toContain(vi('fairOrg.door.walkInDone', { code }));

  // A phone already on someone else's record: who looks after it, not whose it is; nothing written until confirmed.
  const { person } = await ticketHolder((await makeFair(db)).id, 'PQRTUV');
  const shared = (await walkIn({ fullName: 'Nguyễn Văn Khác', phone: person.phone! })) as Response;
  const answer = (await shared.json()) as Json;
  expect(answer.sharedPhone).toEqual([{ returneeId: null, fullName: null, counsellorName: null, provinceName: 'Quảng Ngãi' }]);
  expect(JSON.stringify(answer)).not.toContain(person.fullName);
  expect(await db.$count(fairTickets, eq(fairTickets.fairId, fair.id))).toBe(1);
  const confirmed = (await walkIn({ fullName: 'Nguyễn Văn Khác', phone: person.phone!, confirmSharedPhone: 'on' })) as Response;
  expect(confirmed.status).toBe(302);
  expect(await db.$count(fairTickets, eq(fairTickets.fairId, fair.id))).toBe(2);
});
