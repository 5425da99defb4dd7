// The indicators' definitions (app/services/indicators/definitions.ts), each as a small scenario
// counted by hand: a few people made by `person`, and the exact people in each numerator and
// denominator. The year 2025 is the period unless a test says otherwise.
import { expect, test } from 'vitest';
import {
  breakdown,
  computeIndicators,
  definitionText,
  fairIndicatorKeys,
  indicatorKeys,
  managedText,
  residenceOn,
  trend,
  type Area,
  type IndicatorKey,
  type IndicatorOptions,
  type IndicatorRow,
  type PersonFacts,
  type PlacementFacts,
} from '#app/services/indicators/definitions.ts';
import { quarterPeriod, reportingYear, yearPeriod } from '#app/services/indicators/periods.ts';

const konTum = '62';
const haNoi = '01';
const communeA = '23001';
const communeB = '23002';
const communeC = '23003';
const year2025 = yearPeriod(2025);

/** A returnee back in June 2024, received, living in commune A of Kon Tum, with nothing else done yet. */
function person(id: string, facts: Partial<PersonFacts> = {}): PersonFacts {
  return {
    id,
    releaseDate: '2024-06-01',
    intakeOn: '2024-06-10',
    caseStartedOn: '2024-06-10',
    closedOn: null,
    residence: [{ from: '2024-06-01', provinceCode: konTum, communeCode: communeA }],
    sex: null,
    ethnicity: null,
    birthDate: null,
    occupationCode: null,
    counselledOn: [],
    courses: [],
    referrals: [],
    placements: [],
    loans: [],
    detainedAgainOn: null,
    fairIds: [],
    ...facts,
  };
}

/** A job started on the day the person was hired, not ended, nobody followed up. */
function placement(startDate: string, facts: Partial<PlacementFacts> = {}): PlacementFacts {
  return { hiredOn: startDate, startDate, endedOn: null, fairId: null, followUps: [], ...facts };
}

function livingIn(provinceCode: string, communeCode: string, from = '2024-06-01') {
  return [{ from, provinceCode, communeCode }];
}

function options(overrides: Partial<IndicatorOptions> = {}): IndicatorOptions {
  return { period: year2025, area: { kind: 'country' }, reoffending: true, ...overrides };
}

function rowOf(rows: IndicatorRow[], key: IndicatorKey) {
  const row = rows.find((candidate) => candidate.key === key);
  if (!row) throw new Error(`No ${key} row`);
  return row;
}

/** The people behind one indicator: who is in the numerator, who in the denominator. */
function people(rows: IndicatorRow[], key: IndicatorKey) {
  const row = rowOf(rows, key);
  return { numerator: row.numeratorIds, denominator: row.denominatorIds };
}

test('received: of those back in the period, who has an intake by its end; placed: someone back before the period counts', () => {
  const rows = computeIndicators(
    [
      person('back-2024-placed-2025', { placements: [placement('2025-03-02')] }),
      person('back-2025-received', { releaseDate: '2025-02-01', intakeOn: '2025-02-05' }),
      person('back-2025-not-received', { releaseDate: '2025-05-01', intakeOn: null }),
      person('back-2025-received-2026', { releaseDate: '2025-12-20', intakeOn: '2026-01-05' }),
    ],
    options(),
  );
  expect(people(rows, 'received')).toEqual({
    numerator: ['back-2025-received'],
    denominator: ['back-2025-received', 'back-2025-not-received', 'back-2025-received-2026'],
  });
  expect(people(rows, 'placed')).toEqual({
    numerator: ['back-2024-placed-2025'],
    denominator: ['back-2024-placed-2025', 'back-2025-received'],
  });
  expect(rowOf(rows, 'placed')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
  expect(rowOf(rows, 'received')).toMatchObject({ numerator: 1, denominator: 3, value: 1 / 3 });
});

test('placed counts the day of hiring, not the day the job starts', () => {
  const rows = computeIndicators(
    [
      person('hired-dec-starts-jan', { placements: [placement('2026-01-05', { hiredOn: '2025-12-20' })] }),
      person('hired-2024-starts-2025', { placements: [placement('2025-01-05', { hiredOn: '2024-12-20' })] }),
    ],
    options(),
  );
  expect(people(rows, 'placed').numerator).toEqual(['hired-dec-starts-jan']);
});

test('trained and certified are counted apart, each on its own day', () => {
  const rows = computeIndicators(
    [
      person('completed-2024-certified-2025', { courses: [{ completedOn: '2024-12-20', certifiedOn: '2025-01-15', fairId: null }] }),
      person('completed-2025-certified-2026', { courses: [{ completedOn: '2025-12-01', certifiedOn: '2026-01-10', fairId: null }] }),
      person('enrolled', { courses: [{ completedOn: null, certifiedOn: null, fairId: null }] }),
    ],
    options(),
  );
  expect(people(rows, 'trained').numerator).toEqual(['completed-2025-certified-2026']);
  expect(people(rows, 'trained_certified').numerator).toEqual(['completed-2024-certified-2025']);
  expect(rowOf(rows, 'trained').denominator).toBe(3);
});

test('each row has its definition in Vietnamese and English, and the figure is numerator / denominator', () => {
  const rows = computeIndicators([person('a', { counselledOn: ['2025-04-01'] }), person('b')], options());
  expect(rows.map((row) => row.key)).toEqual([...indicatorKeys]);
  expect(rowOf(rows, 'counselled')).toEqual({
    key: 'counselled',
    numerator: 1,
    denominator: 2,
    value: 0.5,
    numeratorIds: ['a'],
    denominatorIds: ['a', 'b'],
  });
  for (const key of indicatorKeys) {
    expect(definitionText[key].vi.length, key).toBeGreaterThan(40);
    expect(definitionText[key].en.length, key).toBeGreaterThan(40);
  }
  expect(definitionText.stable_job.vi).toContain('{months}');
  expect(definitionText.stable_job.en).toContain('{months}');
  expect(managedText.en).toContain('last day');
});

test('nobody in a denominator: the figure is null, not 0', () => {
  const rows = computeIndicators([person('back-2025', { releaseDate: '2025-03-01', intakeOn: null })], options());
  expect(rowOf(rows, 'placed')).toMatchObject({ numerator: 0, denominator: 0, value: null });
  expect(rowOf(rows, 'received')).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
});

test('a person who moved province counts where they lived on the period end, with everything done before the move', () => {
  const moved = person('moved', {
    residence: [
      { from: '2024-06-01', provinceCode: konTum, communeCode: communeA },
      { from: '2025-08-01', provinceCode: haNoi, communeCode: '00004' },
    ],
    counselledOn: ['2025-02-10'],
  });
  const stayed = person('stayed', { counselledOn: ['2025-09-01'] });
  const inKonTum = computeIndicators([moved, stayed], options({ area: { kind: 'province', code: konTum } }));
  const inHaNoi = computeIndicators([moved, stayed], options({ area: { kind: 'province', code: haNoi } }));
  expect(people(inKonTum, 'counselled')).toEqual({ numerator: ['stayed'], denominator: ['stayed'] });
  expect(people(inHaNoi, 'counselled')).toEqual({ numerator: ['moved'], denominator: ['moved'] });
  // Over the first quarter, before the move, the person is Kon Tum's.
  const q1InKonTum = computeIndicators(
    [moved, stayed],
    options({ period: quarterPeriod(2025, 1), area: { kind: 'province', code: konTum } }),
  );
  expect(people(q1InKonTum, 'counselled')).toEqual({ numerator: ['moved'], denominator: ['moved', 'stayed'] });
});

test('an address first written down after the period stands for the time before it', () => {
  const lateAddress = person('late-address', { residence: livingIn(konTum, communeA, '2026-02-01') });
  const noAddress = person('no-address', { residence: [] });
  expect(residenceOn(lateAddress, '2025-12-31')?.provinceCode).toBe(konTum);
  const inKonTum = computeIndicators([lateAddress, noAddress], options({ area: { kind: 'province', code: konTum } }));
  expect(rowOf(inKonTum, 'placed').denominatorIds).toEqual(['late-address']);
  // Nobody is lost from the country's figures for want of an address.
  expect(rowOf(computeIndicators([lateAddress, noAddress], options()), 'placed').denominatorIds).toEqual(['late-address', 'no-address']);
});

test('stable job: ended at 5 months is not stable, no follow-up is unknown (not stable), a follow-up or an end after the mark is stable', () => {
  // Every job starts 15 Sep 2024, so the 6-month mark is 15 Mar 2025, in the period.
  const start = '2024-09-15';
  const rows = computeIndicators(
    [
      person('ended-at-5-months', { placements: [placement(start, { endedOn: '2025-02-15' })] }),
      person('never-followed-up', { placements: [placement(start)] }),
      person('followed-up-at-6', { placements: [placement(start, { followUps: [{ month: 6, stillEmployed: true, on: '2025-03-20' }] })] }),
      person('ended-after-mark', { placements: [placement(start, { endedOn: '2025-05-01' })] }),
      person('ended-on-mark', { placements: [placement(start, { endedOn: '2025-03-15' })] }),
      person('left-by-3-months', { placements: [placement(start, { followUps: [{ month: 3, stillEmployed: false, on: '2024-12-20' }] })] }),
      person('gone-at-6', { placements: [placement(start, { followUps: [{ month: 6, stillEmployed: false, on: '2025-03-20' }] })] }),
      person('still-there-at-3-only', {
        placements: [placement(start, { followUps: [{ month: 3, stillEmployed: true, on: '2024-12-20' }] })],
      }),
      person('mark-in-2026', { placements: [placement('2025-09-01')] }),
      person('stable-in-2024', {
        placements: [placement('2024-01-10', { followUps: [{ month: 6, stillEmployed: true, on: '2024-07-11' }] })],
      }),
    ],
    options(),
  );
  const stable = rowOf(rows, 'stable_job');
  expect(stable.numeratorIds).toEqual(['followed-up-at-6', 'ended-after-mark']);
  expect(stable.unknown).toEqual({ count: 2, ids: ['never-followed-up', 'still-there-at-3-only'] });
  expect(stable).toMatchObject({ numerator: 2, denominator: 10, value: 0.2 });
});

test('stable job with 3 months configured, and an unknown job does not hide a stable one', () => {
  const rows = computeIndicators(
    [
      person('stable-and-unknown', {
        placements: [
          placement('2024-11-01'),
          placement('2025-01-10', { followUps: [{ month: 3, stillEmployed: true, on: '2025-04-12' }] }),
        ],
      }),
      person('unknown', { placements: [placement('2025-01-10')] }),
    ],
    options({ stableMonths: 3 }),
  );
  expect(rowOf(rows, 'stable_job').numeratorIds).toEqual(['stable-and-unknown']);
  expect(rowOf(rows, 'stable_job').unknown).toEqual({ count: 1, ids: ['unknown'] });
  expect(() => computeIndicators([], options({ stableMonths: 0 }))).toThrow(RangeError);
});

test('two placements for one person count once, in placed and in stable job', () => {
  const twice = person('hired-twice', {
    placements: [
      placement('2024-08-01', { hiredOn: '2025-07-25', endedOn: '2025-10-01' }),
      placement('2024-09-01', { hiredOn: '2025-07-28', followUps: [{ month: 6, stillEmployed: true, on: '2025-03-05' }] }),
      placement('2025-03-01', { followUps: [{ month: 6, stillEmployed: true, on: '2025-09-02' }] }),
    ],
  });
  const rows = computeIndicators([twice, person('never-hired')], options());
  expect(rowOf(rows, 'placed')).toMatchObject({ numerator: 1, denominator: 2, numeratorIds: ['hired-twice'] });
  expect(rowOf(rows, 'stable_job')).toMatchObject({ numerator: 1, denominator: 2, numeratorIds: ['hired-twice'] });
});

test('loans: the denominator is who asked by the end and was found eligible; ineligible and undecided are out', () => {
  const rows = computeIndicators(
    [
      person('granted', { loans: [{ askedOn: '2025-01-10', eligible: true, grantedOn: '2025-03-01' }] }),
      person('ineligible', { loans: [{ askedOn: '2025-01-10', eligible: false, grantedOn: null }] }),
      person('undecided', { loans: [{ askedOn: '2025-11-10', eligible: null, grantedOn: null }] }),
      person('eligible-waiting', { loans: [{ askedOn: '2025-06-10', eligible: true, grantedOn: null }] }),
      person('asked-2026', { loans: [{ askedOn: '2026-01-05', eligible: true, grantedOn: '2026-02-01' }] }),
      person('granted-2024', { loans: [{ askedOn: '2024-08-01', eligible: true, grantedOn: '2024-11-01' }] }),
      person('never-asked'),
    ],
    options(),
  );
  expect(people(rows, 'loan')).toEqual({ numerator: ['granted'], denominator: ['granted', 'eligible-waiting', 'granted-2024'] });
  expect(rowOf(rows, 'counselled').denominator).toBe(7);
});

test('a person before release (back after the period) is in no denominator, even with an intake and counselling', () => {
  const preRelease = person('pre-release', { releaseDate: '2026-02-01', intakeOn: '2025-11-15', counselledOn: ['2025-12-01'] });
  const rows = computeIndicators([preRelease, person('back')], options());
  expect(people(rows, 'counselled')).toEqual({ numerator: [], denominator: ['back'] });
  expect(rowOf(rows, 'received').denominator).toBe(0);
  // In the quarter they come back they are received and managed, and the December counselling is not in it.
  const q1 = computeIndicators([preRelease], options({ period: quarterPeriod(2026, 1) }));
  expect(people(q1, 'received')).toEqual({ numerator: ['pre-release'], denominator: ['pre-release'] });
  expect(people(q1, 'counselled')).toEqual({ numerator: [], denominator: ['pre-release'] });
});

test('an unknown release date keeps a person out of every denominator', () => {
  const rows = computeIndicators([person('no-release-date', { releaseDate: null, placements: [placement('2025-02-01')] })], options());
  for (const row of rows) expect(row.denominator, row.key).toBe(0);
});

test('a closed case: closed before the period is out, closed in it (even on its first day) is in', () => {
  const rows = computeIndicators(
    [
      person('closed-2024', { closedOn: '2024-12-31', counselledOn: ['2024-12-01'] }),
      person('closed-1-jan', { closedOn: '2025-01-01' }),
      person('closed-june-detained', { closedOn: '2025-06-30', detainedAgainOn: '2025-06-30', counselledOn: ['2025-02-01'] }),
      person('detained-2026', { closedOn: '2026-02-01', detainedAgainOn: '2026-02-01' }),
      person('open'),
    ],
    options(),
  );
  const managed = ['closed-1-jan', 'closed-june-detained', 'detained-2026', 'open'];
  expect(people(rows, 'counselled')).toEqual({ numerator: ['closed-june-detained'], denominator: managed });
  expect(people(rows, 'reoffended')).toEqual({ numerator: ['closed-june-detained'], denominator: managed });
});

test('reoffending switched off: no row at all, the rest unchanged', () => {
  const everyone = [person('detained', { closedOn: '2025-06-30', detainedAgainOn: '2025-06-30' }), person('open')];
  const on = computeIndicators(everyone, options({ reoffending: true }));
  const off = computeIndicators(everyone, options({ reoffending: false }));
  expect(rowOf(on, 'reoffended')).toMatchObject({ numerator: 1, denominator: 2 });
  expect(off.map((row) => row.key)).toEqual(indicatorKeys.filter((key) => key !== 'reoffended'));
  expect(off).toEqual(on.filter((row) => row.key !== 'reoffended'));
});

test('one fair: only steps tagged with it, over managed people with a ticket for it; untagged indicators are left out', () => {
  const fair = 'fair-1';
  const rows = computeIndicators(
    [
      person('ticket-hired-at-fair', {
        fairIds: [fair],
        placements: [placement('2025-04-10', { fairId: fair })],
        referrals: [{ referredOn: '2025-02-01', fairId: null }],
        courses: [{ completedOn: '2025-05-01', certifiedOn: '2025-06-01', fairId: fair }],
        counselledOn: ['2025-04-10'],
      }),
      person('ticket-hired-elsewhere', {
        fairIds: [fair, 'fair-2'],
        placements: [placement('2025-04-12', { fairId: 'fair-2' })],
        referrals: [{ referredOn: '2025-04-10', fairId: fair }],
        courses: [{ completedOn: '2025-05-01', certifiedOn: '2025-06-01', fairId: null }],
      }),
      person('no-ticket', { placements: [placement('2025-04-10', { fairId: fair })] }),
      person('ticket-not-managed', { fairIds: [fair], releaseDate: '2026-01-01' }),
    ],
    options({ fairId: fair }),
  );
  expect(rows.map((row) => row.key)).toEqual([...fairIndicatorKeys]);
  const withTicket = ['ticket-hired-at-fair', 'ticket-hired-elsewhere'];
  expect(people(rows, 'placed')).toEqual({ numerator: ['ticket-hired-at-fair'], denominator: withTicket });
  expect(people(rows, 'referred')).toEqual({ numerator: ['ticket-hired-elsewhere'], denominator: withTicket });
  expect(people(rows, 'trained')).toEqual({ numerator: ['ticket-hired-at-fair'], denominator: withTicket });
  expect(people(rows, 'trained_certified')).toEqual({ numerator: ['ticket-hired-at-fair'], denominator: withTicket });
});

test('areas: a commune, and a plan that covers a group of communes', () => {
  const everyone = [
    person('in-a', { residence: livingIn(konTum, communeA) }),
    person('in-b', { residence: livingIn(konTum, communeB) }),
    person('in-c', { residence: livingIn(konTum, communeC) }),
    person('province-only', { residence: [{ from: '2024-06-01', provinceCode: konTum, communeCode: null }] }),
  ];
  const denominator = (area: Area) => rowOf(computeIndicators(everyone, options({ area })), 'placed').denominatorIds;
  expect(denominator({ kind: 'plan', communeCodes: [communeA, communeC] })).toEqual(['in-a', 'in-c']);
  expect(denominator({ kind: 'commune', code: communeB })).toEqual(['in-b']);
  expect(denominator({ kind: 'province', code: konTum })).toEqual(['in-a', 'in-b', 'in-c', 'province-only']);
  expect(denominator({ kind: 'plan', communeCodes: [] })).toEqual([]);
});

test('a reporting year ending 10 December: from 11 December of the year before, both edges in', () => {
  const period = reportingYear(2025, { month: 12, day: 10 });
  const rows = computeIndicators(
    [
      person('back-11-dec-2024', { releaseDate: '2024-12-11', intakeOn: '2024-12-12', placements: [placement('2025-12-10')] }),
      person('back-10-dec-2024', { releaseDate: '2024-12-10', intakeOn: '2024-12-10', placements: [placement('2025-12-11')] }),
      person('back-10-dec-2025', { releaseDate: '2025-12-10', intakeOn: null }),
      person('stable-mark-10-dec', {
        placements: [placement('2025-06-10', { followUps: [{ month: 6, stillEmployed: true, on: '2025-12-11' }] })],
      }),
    ],
    options({ period }),
  );
  expect(people(rows, 'received')).toEqual({ numerator: ['back-11-dec-2024'], denominator: ['back-11-dec-2024', 'back-10-dec-2025'] });
  expect(people(rows, 'placed').numerator).toEqual(['back-11-dec-2024', 'stable-mark-10-dec']); // not the one hired on 11 Dec
  expect(people(rows, 'stable_job').numerator).toEqual(['stable-mark-10-dec']);
});

test('breakdown by sex: one group per value, unknown last, and the groups add up to the total', () => {
  const everyone = [
    person('woman-placed', { sex: 'female', placements: [placement('2025-03-01')] }),
    person('man', { sex: 'male' }),
    person('man-placed', { sex: 'male', placements: [placement('2025-05-01')] }),
    person('sex-unknown-placed', { placements: [placement('2025-07-01')] }),
    person('woman-back-2026', { sex: 'female', releaseDate: '2026-03-01' }),
  ];
  const groups = breakdown(everyone, options(), 'sex');
  expect(groups.map(({ group, rows }) => [group, rowOf(rows, 'placed').numerator, rowOf(rows, 'placed').denominator])).toEqual([
    ['female', 1, 1],
    ['male', 1, 2],
    ['unknown', 1, 1],
  ]);
  const total = computeIndicators(everyone, options());
  for (const row of total) {
    const inGroups = groups.map(({ rows }) => rowOf(rows, row.key));
    expect(
      inGroups.reduce((sum, group) => sum + group.numerator, 0),
      row.key,
    ).toBe(row.numerator);
    expect(
      inGroups.reduce((sum, group) => sum + group.denominator, 0),
      row.key,
    ).toBe(row.denominator);
  }
});

test('breakdown by commune (where they lived at the end), occupation, ethnicity and age band (age at the end)', () => {
  const everyone = [
    person('a', { birthDate: '2001-01-01', occupationCode: '7212', ethnicity: 'Kinh', residence: livingIn(konTum, communeB) }),
    person('b', {
      birthDate: '2000-12-31',
      occupationCode: '7212',
      ethnicity: 'Xơ Đăng',
      residence: [
        { from: '2024-06-01', provinceCode: konTum, communeCode: communeB },
        { from: '2025-10-01', provinceCode: konTum, communeCode: communeA },
      ],
    }),
    person('c', { birthDate: '1970-05-05' }),
    person('d', { birthDate: '1990-12-31', ethnicity: 'Ơ Đu', residence: livingIn(konTum, communeC) }),
  ];
  const groupsOf = (by: Parameters<typeof breakdown>[2]) =>
    breakdown(everyone, options(), by).map(({ group, rows }) => [group, rowOf(rows, 'placed').denominatorIds]);
  expect(groupsOf('commune')).toEqual([
    [communeA, ['b', 'c']],
    [communeB, ['a']],
    [communeC, ['d']],
  ]);
  expect(groupsOf('occupation')).toEqual([
    ['7212', ['a', 'b']],
    ['unknown', ['c', 'd']],
  ]);
  // In Vietnamese alphabetical order (Ơ before X), the unknown group last.
  expect(groupsOf('ethnicity')).toEqual([
    ['Kinh', ['a']],
    ['Ơ Đu', ['d']],
    ['Xơ Đăng', ['b']],
    ['unknown', ['c']],
  ]);
  expect(groupsOf('age_band')).toEqual([
    ['under_25', ['a']],
    ['25_34', ['b']],
    ['35_44', ['d']],
    ['55_plus', ['c']],
  ]);
});

test('a breakdown leaves out groups with nobody in any denominator', () => {
  const groups = breakdown(
    [person('man', { sex: 'male' }), person('woman-not-back', { sex: 'female', releaseDate: null })],
    options(),
    'sex',
  );
  expect(groups.map(({ group }) => group)).toEqual(['male']);
});

test('trend: month by month, each month counting who was managed at its end', () => {
  const everyone = [
    person('back-march', { releaseDate: '2025-03-15', intakeOn: '2025-03-20', placements: [placement('2025-04-02')] }),
    person('closed-february', { closedOn: '2025-02-10' }),
  ];
  const months = trend(everyone, options({ period: quarterPeriod(2025, 2) }));
  expect(months.map(({ period }) => period.from)).toEqual(['2025-04-01', '2025-05-01', '2025-06-01']);
  expect(months.map(({ rows }) => [rowOf(rows, 'placed').numerator, rowOf(rows, 'placed').denominator])).toEqual([
    [1, 1],
    [0, 1],
    [0, 1],
  ]);
  const q1 = trend(everyone, options({ period: quarterPeriod(2025, 1) }));
  expect(q1.map(({ rows }) => rowOf(rows, 'placed').denominatorIds)).toEqual([['closed-february'], ['closed-february'], ['back-march']]);
  expect(q1.map(({ rows }) => rowOf(rows, 'received').denominator)).toEqual([0, 0, 1]);
});

test('200,000 people are counted in a few seconds, with the counts their construction gives', () => {
  const everyone = Array.from({ length: 200_000 }, (_, i) =>
    person(`p${i}`, {
      residence: livingIn(i % 2 === 0 ? konTum : haNoi, i % 2 === 0 ? communeA : '00004'),
      counselledOn: i % 3 === 0 ? ['2025-05-01', '2025-06-01'] : [],
      placements: i % 4 === 0 ? [placement('2024-10-01', { followUps: [{ month: 6, stillEmployed: i % 8 === 0, on: '2025-04-02' }] })] : [],
      loans: i % 10 === 0 ? [{ askedOn: '2025-01-01', eligible: true, grantedOn: i % 20 === 0 ? '2025-02-01' : null }] : [],
    }),
  );
  const started = performance.now();
  const rows = computeIndicators(everyone, options({ area: { kind: 'province', code: konTum } }));
  expect(performance.now() - started).toBeLessThan(5_000);
  // Kon Tum holds the even-numbered 100,000.
  expect(rowOf(rows, 'counselled')).toMatchObject({ numerator: 33_334, denominator: 100_000 }); // multiples of 6 below 200,000
  expect(rowOf(rows, 'placed')).toMatchObject({ numerator: 0, denominator: 100_000 });
  expect(rowOf(rows, 'stable_job')).toMatchObject({ numerator: 25_000, denominator: 100_000 });
  expect(rowOf(rows, 'loan')).toMatchObject({ numerator: 10_000, denominator: 20_000 });
});
