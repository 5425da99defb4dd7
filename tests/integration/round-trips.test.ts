// How many times a catalogue command waits on Postgres: each round trip costs a write and a wake-up
// on both sides, which bench:search's write rate feels on 2 cores. Counted as the writes on the
// connection's socket; every statement is prepared (db/client.ts), so after the first use of a
// connection a statement is one message and the statements sent together share one write.
import net from 'node:net';
import { expect, test, vi } from 'vitest';
import { createJob, createTrainingSlot, updateJob } from '#app/services/catalogue/commands.server.ts';
import type { JobInput, TrainingInput } from '#app/services/catalogue/schemas.ts';
import { makeOrganisation, makeUser } from '#server/seed/factories.ts';
import { testServices } from '#tests/setup/services.ts';

const services = await testServices();
const employer = await makeUser(services.db, { role: 'employer' });
await makeOrganisation(services.db, {}, [{ userId: employer.id }]);

const job: JobInput = {
  title: 'Thợ hàn kết cấu thép',
  occupationCode: 'welder',
  requiredSkills: ['welding-arc'],
  niceToHaveSkills: ['welding-safety'],
  description: 'Hàn khung kèo nhà xưởng theo bản vẽ; có thợ cả kèm trong tháng đầu.',
  openings: 2,
  wageMin: 8_000_000,
  wageMax: 10_000_000,
  workType: 'full_time',
  provinceCode: '51',
  providesMeals: false,
  providesLodging: false,
  providesTravel: false,
  providesTraining: false,
  providesWorkClothes: false,
  recordCheck: false,
  publish: true,
};
const slot: TrainingInput = {
  title: 'Lớp hàn điện sơ cấp',
  occupationCode: 'welder',
  level: 'so_cap',
  durationDays: 30,
  seats: 20,
  provinceCode: '51',
  costVnd: 0,
  funding: 'free',
  publish: true,
};

/** The fewest socket writes `run` took over a few runs (the first on a connection also prepares). */
async function fewestWrites(run: () => Promise<unknown>) {
  const writes = vi.spyOn(net.Socket.prototype, 'write');
  try {
    const counts = [];
    for (let i = 0; i < 8; i++) {
      writes.mockClear();
      await run();
      counts.push(writes.mock.calls.length);
    }
    return Math.min(...counts);
  } finally {
    writes.mockRestore();
  }
}

test('creating a posting waits on Postgres four times (begin, the reads, the writes, commit); changing a job five', async () => {
  const created = await services.db.transaction((tx) => createJob(tx, employer, job));
  expect(await fewestWrites(() => services.db.transaction((tx) => createJob(tx, employer, job)))).toBe(4);
  expect(await fewestWrites(() => services.db.transaction((tx) => createTrainingSlot(tx, employer, slot)))).toBe(4);
  let n = 0;
  const change = () => services.db.transaction((tx) => updateJob(tx, employer, created.id, { title: `Thợ hàn MIG ${++n}` }));
  expect(await fewestWrites(change)).toBe(5);
});
