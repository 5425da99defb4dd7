// A transfer to another province (issue 12) against a real Postgres: the record moves with its whole
// history (the old events keep their area), the counsellor is cleared, the `residence` event says
// from where to where and since when, the sending counsellor loses the record and the receiving
// province's caseload gains it; who may (the sending province's counsellors only) and every refusal
// (400 per field, 403, 404); a new commune through the profile edit is a move too; the page's form.
import { and, asc, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { action as caseFileAction, loader as caseFileLoader } from '#app/routes/caseload.$id._index.tsx';
import { loader as caseloadLoader } from '#app/routes/caseload._index.tsx';
import { translate } from '#app/i18n/i18n.ts';
import { auditLog, caseEvents, returnees } from '#db/schema.ts';
import { vietnamDate } from '#lib/dates.ts';
import { defaultTestPassword, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { apiHandler, call, cookieFrom, formRequest, jsonRequest, unwrap } from '#tests/helpers.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);
const { db } = services;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read field by field below
type Json = Record<string, any>;

async function cookieOf(user: { email: string | null; phone: string | null }) {
  const response = (await call(
    apiHandler,
    jsonRequest('POST', '/api/v1/session', { login: user.email ?? user.phone, password: defaultTestPassword }),
    context,
  )) as Response;
  expect(response.status).toBe(200);
  return cookieFrom(response);
}

async function api(method: string, path: string, cookie: string, body?: unknown) {
  const response = (await call(apiHandler, jsonRequest(method, path, body, { Cookie: cookie }), context)) as Response;
  return { status: response.status, body: (await response.json()) as Json };
}

// Quảng Ngãi (51) sends, Bắc Ninh (24) receives.
const sending = await makeUser(db, { role: 'counsellor', provinceCode: '51', fullName: 'Lê Thị Mai Phương' });
const receiving = await makeUser(db, { role: 'counsellor', provinceCode: '24', fullName: 'Nguyễn Văn Bắc' });
const employer = await makeUser(db, { role: 'employer' });
const [sendingCookie, receivingCookie, employerCookie] = [await cookieOf(sending), await cookieOf(receiving), await cookieOf(employer)];

const dakBla = '23302'; // Phường Đăk Bla, Quảng Ngãi
const konTum = '23293'; // Phường Kon Tum, Quảng Ngãi
const tuLan = '07774'; // Phường Tự Lạn, Bắc Ninh

let phones = 0;
async function createPerson(fullName: string) {
  const phone = `0906 ${String(300_000 + ++phones).slice(0, 3)} ${String(300_000 + phones).slice(3)}`;
  const created = await api('POST', '/api/v1/returnees', sendingCookie, {
    fullName,
    birthDate: '1990-05-06',
    sex: 'male',
    phone,
    communeCode: dakBla,
    releaseDate: vietnamDate(-60),
    releaseKind: 'completed',
    needs: ['job'],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.returnee as Json;
}

const transfer = (id: string, body: unknown, cookie = sendingCookie) => api('POST', `/api/v1/returnees/${id}/transfer`, cookie, body);
const toBacNinh = (extra: Record<string, unknown> = {}) => ({ provinceCode: '24', communeCode: tuLan, ...extra });
const caseloadNames = async (cookie: string) =>
  ((await api('GET', '/api/v1/returnees?sort=newest', cookie)).body.returnees as Json[]).map((r) => r.fullName);
const eventsOf = (id: string) =>
  db.select().from(caseEvents).where(eq(caseEvents.returneeId, id)).orderBy(asc(caseEvents.effectiveOn), asc(caseEvents.id));

test('a transfer moves the record: the receiving caseload lists it, the sending counsellor loses it, the counsellor is cleared', async () => {
  const person = await createPerson('Đinh Văn Chuyển');
  expect(await caseloadNames(sendingCookie)).toContain('Đinh Văn Chuyển');
  expect(await caseloadNames(receivingCookie)).not.toContain('Đinh Văn Chuyển');

  const moved = await transfer(person.id, toBacNinh({ effectiveOn: vietnamDate(), note: 'Về ở với gia đình vợ.' }));
  expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  expect(moved.body.transfer).toEqual({
    returneeId: person.id,
    provinceCode: '24',
    provinceName: 'Bắc Ninh',
    communeCode: tuLan,
    communeName: 'Phường Tự Lạn',
    effectiveOn: vietnamDate(),
  });

  expect(await caseloadNames(receivingCookie)).toContain('Đinh Văn Chuyển');
  expect(await caseloadNames(sendingCookie)).not.toContain('Đinh Văn Chuyển');
  expect((await api('GET', `/api/v1/returnees/${person.id}`, sendingCookie)).status).toBe(404);
  expect((await transfer(person.id, { provinceCode: '51', communeCode: dakBla }, sendingCookie)).status).toBe(404);
  const arrived = await api('GET', `/api/v1/returnees/${person.id}`, receivingCookie);
  expect(arrived.body.returnee).toMatchObject({ provinceCode: '24', communeCode: tuLan, counsellor: null });
  const [row] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(row).toMatchObject({ provinceCode: '24', communeCode: tuLan, counsellorId: null });
  const audits = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, person.id), eq(auditLog.action, 'transfer')));
  expect(audits).toMatchObject([
    {
      actorUserId: sending.id,
      details: {
        from: { provinceCode: '51', communeCode: dakBla },
        to: { provinceCode: '24', communeCode: tuLan },
        counsellorId: sending.id,
      },
    },
  ]);
});

test('the residence event carries from, to and the day it took effect; the old events keep their area', async () => {
  const person = await createPerson('Y Blang');
  const note = await api('POST', `/api/v1/returnees/${person.id}/notes`, sendingCookie, { contactDate: vietnamDate(), text: 'Hẹn gặp.' });
  expect(note.status).toBe(201);
  // Recorded late: the move happened before today (but after the intake).
  await db
    .update(caseEvents)
    .set({ effectiveOn: vietnamDate(-20) })
    .where(eq(caseEvents.returneeId, person.id));
  expect((await transfer(person.id, toBacNinh({ effectiveOn: vietnamDate(-10) }))).status).toBe(200);

  const events = await eventsOf(person.id);
  expect(events.map((e) => [e.kind, e.provinceCode, e.communeCode])).toEqual([
    ['intake', '51', dakBla],
    ['note', '51', dakBla],
    ['residence', '24', tuLan],
  ]);
  expect(events[2]).toMatchObject({
    actorUserId: sending.id,
    effectiveOn: vietnamDate(-10),
    details: { from: { provinceCode: '51', communeCode: dakBla }, to: { provinceCode: '24', communeCode: tuLan } },
  });
});

test('the timeline shows the move to staff (with the note) and to the person (without it)', async () => {
  const person = await createPerson('Hồ Thị Dời');
  const own = await makeUser(db, { role: 'returnee' });
  await db.update(returnees).set({ userId: own.id }).where(eq(returnees.id, person.id));
  expect((await transfer(person.id, toBacNinh({ note: 'Cần việc gần nhà.' }))).status).toBe(200);

  const staff = await api('GET', `/api/v1/returnees/${person.id}/timeline`, receivingCookie);
  const move = translate('vi', 'timeline.residence', { from: 'Phường Đăk Bla, Quảng Ngãi', to: 'Phường Tự Lạn, Bắc Ninh' });
  expect(staff.body.events[0]).toMatchObject({ kind: 'residence', text: `${move}. Ghi chú khi chuyển: Cần việc gần nhà.` });
  const self = await api('GET', `/api/v1/returnees/${person.id}/timeline`, await cookieOf(own));
  expect(self.body.events[0]).toMatchObject({ kind: 'residence', text: move });

  // The receiving counsellor's page of the record shows it too.
  const page = (await call(
    caseFileLoader,
    new Request(`http://127.0.0.1:3000/caseload/${person.id}`, { headers: { Cookie: receivingCookie } }),
    context,
    { id: person.id },
  )) as Json;
  expect(page.timeline.map((e: Json) => e.text)).toContain(`${move}. Ghi chú khi chuyển: Cần việc gần nhà.`);
  expect(page.provinces.map((p: Json) => p.code)).not.toContain('24');
});

test('before it arrives, a receiving-province counsellor sees nothing of the person and cannot pull the record (404)', async () => {
  const person = await createPerson('Trần Văn Chưa Đến');
  expect((await api('GET', `/api/v1/returnees/${person.id}`, receivingCookie)).status).toBe(404);
  expect((await transfer(person.id, toBacNinh(), receivingCookie)).status).toBe(404);
  const [row] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(row).toMatchObject({ provinceCode: '51', counsellorId: sending.id });
  expect((await eventsOf(person.id)).map((e) => e.kind)).toEqual(['intake']);
});

test('refusals: every field message at once; a commune of another province, the same province, a future or too early day', async () => {
  const person = await createPerson('Lò Văn Ở Lại');
  const empty = await transfer(person.id, {});
  expect(empty.status).toBe(400);
  expect(empty.body.error.fields).toEqual({
    provinceCode: translate('vi', 'caseload.validation.transferProvince'),
    communeCode: translate('vi', 'caseload.validation.transferCommune'),
  });
  const several = await transfer(person.id, { provinceCode: '24', effectiveOn: vietnamDate(1), note: 'x'.repeat(501), offence: 'x' });
  expect(Object.keys(several.body.error.fields).sort()).toEqual(['communeCode', 'effectiveOn', 'note', 'offence']);
  expect(several.body.error.fields.effectiveOn).toBe(translate('vi', 'validation.effectiveOn.future'));

  const otherCommune = await transfer(person.id, { provinceCode: '24', communeCode: dakBla });
  expect(otherCommune.status).toBe(400);
  expect(otherCommune.body.error.fields).toEqual({ communeCode: translate('vi', 'validation.commune.notInProvince') });
  const same = await transfer(person.id, { provinceCode: '51', communeCode: konTum });
  expect(same.status).toBe(400);
  expect(same.body.error.fields).toEqual({ provinceCode: translate('vi', 'caseload.transfer.sameProvince') });
  const unknownProvince = await transfer(person.id, { provinceCode: '99', communeCode: tuLan });
  expect(unknownProvince.body.error.fields).toEqual({ provinceCode: translate('vi', 'validation.province.unknown') });
  // Before the intake: the residence history would go back in time.
  const early = await transfer(person.id, toBacNinh({ effectiveOn: vietnamDate(-30) }));
  expect(early.body.error.fields).toEqual({ effectiveOn: translate('vi', 'caseload.validation.movedBeforeLastMove') });

  const [row] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(row.provinceCode).toBe('51');
  expect((await eventsOf(person.id)).map((e) => e.kind)).toEqual(['intake']);
});

test('an employer or a returnee cannot transfer (403); an unknown person is 404', async () => {
  const person = await createPerson('Đoàn Văn Quyền');
  const own = await makeUser(db, { role: 'returnee' });
  await db.update(returnees).set({ userId: own.id }).where(eq(returnees.id, person.id));
  expect((await transfer(person.id, toBacNinh(), employerCookie)).status).toBe(403);
  expect((await transfer(person.id, toBacNinh(), await cookieOf(own))).status).toBe(403);
  expect((await transfer('00000000-0000-4000-8000-000000000000', toBacNinh())).status).toBe(404);
  expect((await transfer('not-a-uuid', toBacNinh())).status).toBe(404);
  // Another province's record looks missing to a counsellor.
  const elsewhere = await makeReturnee(db, { provinceCode: '24' });
  expect((await transfer(elsewhere.id, { provinceCode: '51', communeCode: dakBla })).status).toBe(404);
  const [row] = await db.select().from(returnees).where(eq(returnees.id, person.id));
  expect(row.provinceCode).toBe('51');
});

test('a new commune in the same province through the profile edit is a move too, dated by movedOn (default today)', async () => {
  const person = await createPerson('Nay Y Chuyển Xã');
  const patch = (body: unknown) => api('PATCH', `/api/v1/returnees/${person.id}`, sendingCookie, body);
  expect((await patch({ movedOn: vietnamDate() })).body.error.fields).toEqual({
    movedOn: translate('vi', 'caseload.validation.movedOnWithoutCommune'),
  });
  expect((await patch({ communeCode: konTum, movedOn: vietnamDate(1) })).body.error.fields).toEqual({
    movedOn: translate('vi', 'validation.effectiveOn.future'),
  });
  expect((await patch({ communeCode: konTum })).status).toBe(200);
  // The same commune again is no move.
  expect((await patch({ communeCode: konTum, fullName: 'Nay Y Chuyển' })).status).toBe(200);
  const moves = (await eventsOf(person.id)).filter((e) => e.kind === 'residence');
  expect(moves).toMatchObject([
    {
      provinceCode: '51',
      communeCode: konTum,
      effectiveOn: vietnamDate(),
      details: { from: { provinceCode: '51', communeCode: dakBla }, to: { provinceCode: '51', communeCode: konTum } },
    },
  ]);
  const timeline = await api('GET', `/api/v1/returnees/${person.id}/timeline`, sendingCookie);
  expect(timeline.body.events.map((e: Json) => e.text)).toContain(
    translate('vi', 'timeline.residence', { from: 'Phường Đăk Bla, Quảng Ngãi', to: 'Phường Kon Tum, Quảng Ngãi' }),
  );
  // The profile event does not list the day of the move as a changed field.
  const profiles = (await eventsOf(person.id)).filter((e) => e.kind === 'profile');
  expect(profiles.map((e) => e.details)).toEqual([{ fields: ['communeCode'] }, { fields: ['fullName', 'communeCode'] }]);
});

test('a record opened without a commune (a walk-in) that learns it records where the person lives, not a move', async () => {
  const walkIn = await makeReturnee(db, { fullName: 'Rơ Mah Đến', provinceCode: '51', communeCode: null, releaseDate: vietnamDate(-90) });
  const patched = await api('PATCH', `/api/v1/returnees/${walkIn.id}`, sendingCookie, { communeCode: konTum, movedOn: vietnamDate(-5) });
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  expect((await eventsOf(walkIn.id)).filter((e) => e.kind === 'residence')).toMatchObject([
    {
      effectiveOn: vietnamDate(-5),
      details: { from: { provinceCode: '51', communeCode: null }, to: { provinceCode: '51', communeCode: konTum } },
    },
  ]);
  const timeline = await api('GET', `/api/v1/returnees/${walkIn.id}/timeline`, sendingCookie);
  expect(timeline.body.events.map((e: Json) => e.text)).toContain(
    translate('vi', 'timeline.residence.communeKnown', { to: 'Phường Kon Tum, Quảng Ngãi' }),
  );
});

test('the page: without JavaScript the first submit brings the chosen province’s communes, the second transfers and opens the caseload with a notice', async () => {
  const person = await createPerson('Phạm Thị Trang');
  const path = `/caseload/${person.id}`;
  const post = async (fields: Record<string, string>) => {
    const result = await call(caseFileAction, formRequest(path, fields, { Cookie: sendingCookie }), context, { id: person.id });
    return result instanceof Response ? result : unwrap<Json>(result);
  };
  const first = (await post({ intent: 'transfer', provinceCode: '24', communeCode: '', effectiveOn: vietnamDate(), note: '' })) as {
    data: Json;
    status: number;
  };
  expect(first.status).toBe(400);
  expect(first.data).toMatchObject({ target: 'transfer', values: { provinceCode: '24' } });
  expect(first.data.fields).toEqual({ communeCode: translate('vi', 'caseload.validation.transferCommune') });
  expect(first.data.communes).toContainEqual({ code: tuLan, name: 'Phường Tự Lạn' });

  const done = (await post({
    intent: 'transfer',
    provinceCode: '24',
    communeCode: tuLan,
    effectiveOn: vietnamDate(),
    note: '',
  })) as Response;
  expect(done.status).toBe(302);
  expect(done.headers.get('Location')).toBe('/caseload?transferred=24');
  const list = (await call(
    caseloadLoader,
    new Request('http://127.0.0.1:3000/caseload?transferred=24', { headers: { Cookie: sendingCookie } }),
    context,
  )) as Json;
  expect(list.transferredTo).toBe('Bắc Ninh');
  expect(translate('vi', 'caseload.transfer.done', { province: list.transferredTo })).toContain('phân công cán bộ tư vấn');
  expect(list.rows.map((r: Json) => r.id)).not.toContain(person.id);
});

test('the OpenAPI document describes the transfer with its closed body', async () => {
  const response = (await call(apiHandler, jsonRequest('GET', '/api/v1/openapi.json'), context)) as Response;
  const doc = (await response.json()) as Json;
  const operation = doc.paths['/api/v1/returnees/{id}/transfer']?.post;
  expect(operation).toBeDefined();
  const body = operation.requestBody.content['application/json'].schema;
  expect(Object.keys(body.properties).sort()).toEqual(['communeCode', 'effectiveOn', 'note', 'provinceCode']);
  expect(body.additionalProperties).toBe(false);
});
