// The rules of a returnee record that need no database: ages, the pre-release window, refusing
// unknown fields (no offence data can arrive), PATCH semantics, certificate names, notes, sign-in
// input, caseload filters, and how the profile forms turn into changes.
import { expect, test } from 'vitest';
import { patchFromForm, pick, rows, formFields } from '#app/adapters/pages/caseload.server.ts';
import { vietnamDate } from '#lib/dates.ts';
import {
  accountSchema,
  caseloadFilterSchema,
  intakeSchema,
  noteSchema,
  ownProfilePatchSchema,
  profilePatchSchema,
} from '#app/services/caseload/schemas.ts';
import { ageOn, caseloadStatusOf, preReleaseMaxDays } from '#app/services/caseload/rules.ts';

const valid = {
  fullName: '  Lò Văn Sáng ',
  birthDate: '1992-10-01',
  sex: 'male',
  communeCode: '23302',
  releaseDate: vietnamDate(-10),
  releaseKind: 'completed',
};

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

test('age in whole years, counting the birthday itself', () => {
  expect(ageOn('2000-03-15', '2026-03-14')).toBe(25);
  expect(ageOn('2000-03-15', '2026-03-15')).toBe(26);
  expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
});

test('an active case reads as pre_release until its release date', () => {
  expect(caseloadStatusOf({ status: 'active', releaseDate: '2026-05-02' }, '2026-05-01')).toBe('pre_release');
  expect(caseloadStatusOf({ status: 'active', releaseDate: '2026-05-01' }, '2026-05-01')).toBe('active');
  expect(caseloadStatusOf({ status: 'active', releaseDate: null }, '2026-05-01')).toBe('active');
  expect(caseloadStatusOf({ status: 'closed', releaseDate: '2026-06-01' }, '2026-05-01')).toBe('closed');
});

test('intake: trimmed name, normalised phone, needs without repeats; optional fields may be left out', () => {
  const parsed = intakeSchema.parse({ ...valid, phone: '+84 905-111-222', needs: 'job,loan,job', ethnicity: '', schoolingLevel: '' });
  expect(parsed).toEqual({ ...valid, fullName: 'Lò Văn Sáng', phone: '0905111222', needs: ['job', 'loan'], confirmSharedPhone: false });
});

test(`pre-release intake: release dates up to ${preReleaseMaxDays} days ahead pass, one day more does not`, () => {
  expect(intakeSchema.safeParse({ ...valid, releaseDate: vietnamDate(30) }).success).toBe(true);
  expect(intakeSchema.safeParse({ ...valid, releaseDate: vietnamDate(preReleaseMaxDays) }).success).toBe(true);
  expect(fieldsOf(intakeSchema.safeParse({ ...valid, releaseDate: vietnamDate(preReleaseMaxDays + 1) }))).toEqual({
    releaseDate: 'caseload.validation.releaseTooFar',
  });
});

test('intake: the person is 16 to 80 years old', () => {
  const year = Number(vietnamDate().slice(0, 4));
  const md = vietnamDate().slice(4);
  expect(intakeSchema.safeParse({ ...valid, birthDate: `${year - 16}${md}` }).success).toBe(true);
  expect(intakeSchema.safeParse({ ...valid, birthDate: `${year - 80}${md}` }).success).toBe(true);
  expect(fieldsOf(intakeSchema.safeParse({ ...valid, birthDate: vietnamDate(-16 * 365) }))).toEqual({
    birthDate: 'caseload.validation.age',
  });
  expect(fieldsOf(intakeSchema.safeParse({ ...valid, birthDate: `${year - 81}${md}` }))).toEqual({ birthDate: 'caseload.validation.age' });
});

test('unknown fields (e.g. offence) are refused by name, together with the other fields’ messages', () => {
  const result = intakeSchema.safeParse({ ...valid, fullName: '', offence: 'x', sentence: { months: 12 } });
  expect(fieldsOf(result)).toEqual({
    fullName: 'caseload.validation.fullName',
    offence: 'caseload.validation.unknownField',
    sentence: 'caseload.validation.unknownField',
  });
  expect(fieldsOf(profilePatchSchema.safeParse({ certificates: [{ name: 'Chứng chỉ hàn', crime: 'x' }] }))).toEqual({
    'certificates.0.crime': 'caseload.validation.unknownField',
  });
  // What is kept never carries an unknown key.
  expect(Object.keys(profilePatchSchema.parse({ maxTravelKm: 5 }))).toEqual(['maxTravelKm']);
});

test('a change: left out keeps (absent), null or an empty form field clears, intake fields cannot be cleared', () => {
  expect(profilePatchSchema.parse({})).toEqual({});
  expect(profilePatchSchema.parse({ wageFloor: null, ethnicity: '', skills: null, needs: '' })).toEqual({
    wageFloor: null,
    ethnicity: null,
    skills: null,
    needs: null,
  });
  expect(Object.keys(fieldsOf(profilePatchSchema.safeParse({ fullName: null, releaseDate: '', sex: null }))).sort()).toEqual([
    'fullName',
    'releaseDate',
    'sex',
  ]);
  expect(fieldsOf(profilePatchSchema.safeParse({ status: 'placed' }))).toEqual({ status: 'caseload.validation.status' });
  expect(profilePatchSchema.parse({ status: 'closed', closeReason: 'lost_contact', closedOn: '2026-05-01' })).toEqual({
    status: 'closed',
    closeReason: 'lost_contact',
    closedOn: '2026-05-01',
  });
  // Closing asks for its reason and date; they go with a closing only.
  expect(profilePatchSchema.safeParse({ status: 'closed' }).error?.issues.map((i) => i.path.join('.'))).toEqual([
    'closeReason',
    'closedOn',
  ]);
  expect(profilePatchSchema.safeParse({ closeReason: 'other' }).error?.issues.map((i) => i.message)).toEqual([
    'caseload.validation.closeOnlyWhenClosing',
  ]);
});

test('the person’s own change takes only skills, wishes and the card consent', () => {
  expect(
    ownProfilePatchSchema.parse({ skills: [{ code: 'cook-basic', level: 'beginner' }], shareCard: false, willingToMove: 'on' }),
  ).toEqual({
    skills: [{ code: 'cook-basic', level: 'beginner' }],
    shareCard: false,
    willingToMove: true,
  });
  expect(Object.keys(fieldsOf(ownProfilePatchSchema.safeParse({ fullName: 'X', releaseKind: 'amnesty', needs: ['job'] })))).toEqual([
    'fullName',
    'releaseKind',
    'needs',
  ]);
});

test('certificate names cannot carry a word for the past; the issuer can', () => {
  expect(fieldsOf(profilePatchSchema.safeParse({ certificates: [{ name: 'Chứng chỉ nghề mộc (trại giam số 5)' }] }))).toEqual({
    'certificates.0.name': 'caseload.validation.certificatePastLabel',
  });
  expect(
    profilePatchSchema.safeParse({ certificates: [{ name: 'Chứng chỉ nghề mộc', issuer: 'Trại giam số 5', year: '2024' }] }).success,
  ).toBe(true);
  // "tủ" (cupboard) is not "tù" (prison).
  expect(profilePatchSchema.safeParse({ certificates: [{ name: 'Chứng chỉ đóng tủ bếp' }] }).success).toBe(true);
});

test('notes: a contact date not after today, text of 1–2000 characters', () => {
  expect(noteSchema.safeParse({ contactDate: vietnamDate(), text: 'Gặp tại nhà' }).success).toBe(true);
  expect(fieldsOf(noteSchema.safeParse({ contactDate: vietnamDate(1), text: 'Hẹn' }))).toEqual({
    contactDate: 'caseload.validation.contactDateFuture',
  });
  expect(fieldsOf(noteSchema.safeParse({ contactDate: vietnamDate(), text: 'a'.repeat(2001) }))).toEqual({
    text: 'caseload.validation.noteText',
  });
});

test('sign-in input: a password of 8+ characters, or a generated code with no password', () => {
  expect(accountSchema.parse({ phone: '0905 000 111', method: 'code' })).toEqual({ phone: '0905000111', method: 'code' });
  expect(fieldsOf(accountSchema.safeParse({ phone: '0905000111', method: 'password', password: '1234567' }))).toEqual({
    password: 'validation.password.tooShort',
  });
  expect(Object.keys(fieldsOf(accountSchema.safeParse({ phone: '', method: '' })))).toEqual(['phone', 'method']);
});

test('caseload filters from a query string', () => {
  expect(caseloadFilterSchema.parse({ needs: 'job,loan', noContactDays: '30', status: '', q: ' Lan ' })).toEqual({
    needs: ['job', 'loan'],
    noContactDays: 30,
    q: 'Lan',
  });
  expect(Object.keys(fieldsOf(caseloadFilterSchema.safeParse({ releasedWithinDays: '0', sort: 'age', needs: 'food' })))).toEqual([
    'needs.0',
    'releasedWithinDays',
    'sort',
  ]);
});

test('profile forms: rows with their key field filled are kept and renumbered; unticked boxes mean none', () => {
  const values = {
    intent: 'experience',
    'skills.0.code': 'welding-arc',
    'skills.0.level': 'can_work',
    'skills.1.code': '',
    'skills.1.level': 'beginner',
    'skills.3.code': 'welding-safety',
    'skills.3.level': '',
    'certificates.0.name': '',
    'certificates.0.issuer': '',
    'certificates.0.year': '',
    'certificates.1.name': '',
    'certificates.1.issuer': 'Trung tâm GDNN',
    'certificates.1.year': '',
  };
  expect(rows(values, 'skills', ['code', 'level'], (r) => r.code !== '')).toEqual([
    { code: 'welding-arc', level: 'can_work' },
    { code: 'welding-safety', level: '' },
  ]);
  const { input, shown } = patchFromForm('experience', values);
  expect(input).toEqual({
    skills: [{ code: 'welding-arc', level: 'can_work' }, { code: 'welding-safety' }],
    certificates: [{ issuer: 'Trung tâm GDNN' }],
    workHistory: [],
  });
  expect(shown['skills.1.code']).toBe('welding-safety');
  expect(pick({ intent: 'wishes', wageFloor: '6000000' }, formFields.wishes)).toEqual({
    needs: '',
    workTypes: '',
    wageFloor: '6000000',
    willingToMove: 'off',
  });
  expect(fieldsOf(profilePatchSchema.safeParse(input))).toEqual({
    'skills.1.level': 'caseload.validation.skillLevel',
    'certificates.0.name': 'caseload.validation.certificateName',
  });
});
