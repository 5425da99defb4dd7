// The indicators' facts read from real records, written by the services' own commands with the days
// the steps took effect (recorded late, as counsellors do): each fact lands on its effective day,
// and the definitions count them — a hire, a stable job confirmed at six months, a loan granted to
// an eligible person, a closing as "detained again", a person of another province left out.
import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { addNote, createReturnee, updateReturneeProfile } from '#app/services/caseload/commands.server.ts';
import { intakeSchema, noteSchema, profilePatchSchema } from '#app/services/caseload/schemas.ts';
import { computeIndicators } from '#app/services/indicators/definitions.ts';
import { loadPersonFacts } from '#app/services/indicators/facts.server.ts';
import { yearPeriod } from '#app/services/indicators/periods.ts';
import { recordFollowUp } from '#app/services/pipeline/commands/placements.server.ts';
import { changeReferral, startReferral } from '#app/services/pipeline/commands/referrals.server.ts';
import { changeSupportCase, startSupportCase } from '#app/services/pipeline/commands/support.server.ts';
import { followUpSchema, supportChangeSchema } from '#app/services/pipeline/schemas.ts';
import { caseEvents, communes, returnees } from '#db/schema.ts';
import { makeJob, makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const { db } = await testServices();

async function intake(counsellor: Awaited<ReturnType<typeof makeUser>>, fullName: string, releaseDate: string) {
  const [commune] = await db
    .select({ code: communes.code })
    .from(communes)
    .where(eq(communes.provinceCode, counsellor.provinceCode!))
    .limit(1);
  const { returnee } = (await createReturnee(
    db,
    counsellor,
    intakeSchema.parse({
      fullName,
      birthDate: '1990-05-01',
      sex: 'male',
      communeCode: commune.code,
      releaseDate: '2026-01-05',
      releaseKind: 'completed',
      needs: ['job'],
    }),
  )) as { returnee: { id: string } };
  // As if received on the day they came back (the intake is dated the day it is typed).
  await db.update(returnees).set({ releaseDate }).where(eq(returnees.id, returnee.id));
  await db
    .update(caseEvents)
    .set({ effectiveOn: releaseDate })
    .where(and(eq(caseEvents.returneeId, returnee.id), eq(caseEvents.kind, 'intake')));
  return { id: returnee.id, communeCode: commune.code };
}

test('facts come from the records on the days the steps took effect, and the definitions count them', async () => {
  const counsellor = await makeUser(db, { role: 'counsellor', provinceCode: '51' });
  const elsewhere = await makeUser(db, { role: 'counsellor', provinceCode: '24' });
  const employer = await makeUser(db, { role: 'employer' });
  const organisation = await makeOrganisation(db, {}, [{ userId: employer.id }]);
  const job = await makeJob(db, { organisationId: organisation.id, title: 'Thợ hàn khung thép' });

  // Hoà came back in February 2025, was counselled, hired in April 2025 (recorded late), found still
  // employed at six months, and granted a loan in May 2025.
  const hoa = await intake(counsellor, 'Phạm Văn Hòa', '2025-02-01');
  await addNote(db, counsellor, hoa.id, noteSchema.parse({ contactDate: '2025-03-05', text: 'Tư vấn nghề hàn' }));
  const { referral } = await startReferral(db, counsellor, { jobId: job.id, returneeId: hoa.id, consent: true, effectiveOn: '2025-03-20' });
  await changeReferral(db, employer, referral.id, { status: 'offered' });
  const { placement } = await changeReferral(db, employer, referral.id, {
    status: 'hired',
    startDate: '2025-04-15',
    wageVnd: 7_000_000,
    contractType: 'indefinite',
    effectiveOn: '2025-04-10',
  });
  await recordFollowUp(
    db,
    counsellor,
    placement!.id,
    followUpSchema.parse({ month: '6', stillEmployed: 'yes', effectiveOn: '2025-10-20' }),
  );
  const loan = await startSupportCase(db, counsellor, { returneeId: hoa.id, kind: 'loan' });
  await changeSupportCase(db, counsellor, loan.id, supportChangeSchema.parse({ status: 'eligible' }));
  await changeSupportCase(db, counsellor, loan.id, supportChangeSchema.parse({ status: 'referred_to_bank' }));
  await changeSupportCase(
    db,
    counsellor,
    loan.id,
    supportChangeSchema.parse({ status: 'granted', amountVnd: '30000000', effectiveOn: '2025-05-20' }),
  );

  // Nam came back in March 2025 and was detained again in June 2025 (closed with that reason and day).
  const nam = await intake(counsellor, 'Trần Văn Nam', '2025-03-01');
  await updateReturneeProfile(
    db,
    counsellor,
    nam.id,
    profilePatchSchema.parse({ status: 'closed', closeReason: 'detained_again', closedOn: '2025-06-01' }),
  );

  // Someone of another province is not read for Quảng Ngãi.
  const other = await intake(elsewhere, 'Lê Thị Xa', '2025-02-01');

  const facts = await loadPersonFacts(db, { provinceCodes: ['51'] });
  expect(facts.map((f) => f.id).sort()).toEqual([hoa.id, nam.id].sort());
  expect(facts.map((f) => f.id)).not.toContain(other.id);
  const hoaFacts = facts.find((f) => f.id === hoa.id)!;
  expect(hoaFacts).toMatchObject({
    releaseDate: '2025-02-01',
    counselledOn: ['2025-03-05'],
    referrals: [{ referredOn: '2025-03-20', fairId: null }],
    placements: [
      { hiredOn: '2025-04-10', startDate: '2025-04-15', endedOn: null, followUps: [{ month: 6, stillEmployed: true, on: '2025-10-20' }] },
    ],
    loans: [{ eligible: true, grantedOn: '2025-05-20' }],
    residence: [{ provinceCode: '51', communeCode: hoa.communeCode }],
    closedOn: null,
    detainedAgainOn: null,
  });
  expect(facts.find((f) => f.id === nam.id)).toMatchObject({ closedOn: '2025-06-01', detainedAgainOn: '2025-06-01' });

  expect(hoaFacts.intakeOn).toBe('2025-02-01');

  const figures = computeIndicators(facts, { period: yearPeriod(2025), area: { kind: 'province', code: '51' }, reoffending: true });
  const row = (key: string) => figures.find((r) => r.key === key)!;
  expect(row('counselled')).toMatchObject({ numerator: 1, denominator: 2 });
  expect(row('referred')).toMatchObject({ numerator: 1, denominator: 2 });
  expect(row('placed')).toMatchObject({ numerator: 1, denominator: 2, numeratorIds: [hoa.id] });
  expect(row('stable_job')).toMatchObject({ numerator: 1, denominator: 2 });
  expect(row('loan')).toMatchObject({ numerator: 1, denominator: 1 });
  expect(row('reoffended')).toMatchObject({ numerator: 1, denominator: 2, numeratorIds: [nam.id] });
  // The year before, nobody had come back yet.
  const in2024 = computeIndicators(facts, { period: yearPeriod(2024), area: { kind: 'province', code: '51' }, reoffending: true });
  expect(in2024.find((r) => r.key === 'placed')!.denominator).toBe(0);
});
