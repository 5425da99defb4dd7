// The catalogue's rules as plain tables: which status a job or training slot may move to, the
// driving licence classes a job may ask for. Pure, shared by services, pages and the API.
import type { jobStatuses, trainingStatuses } from '#db/schema.ts';

/** Driving licence classes of the 2024 Road Traffic Order and Safety Law (in force 2025). */
export const drivingLicenceClasses = ['A1', 'A', 'B1', 'B', 'C1', 'C', 'D1', 'D2', 'D', 'BE', 'C1E', 'CE', 'D1E', 'D2E', 'DE'] as const;

export const jobTransitions: Record<(typeof jobStatuses)[number], readonly (typeof jobStatuses)[number][]> = {
  draft: ['open'],
  open: ['closed', 'filled'],
  closed: ['open'],
  filled: ['open'],
};
export const trainingTransitions: Record<(typeof trainingStatuses)[number], readonly (typeof trainingStatuses)[number][]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
};

/** Whether a posting may move from `from` to `to` (staying put is always allowed). */
export function canMovePosting(from: string, to: string, allowed: Record<string, readonly string[]>) {
  return from === to || (allowed[from]?.includes(to) ?? false);
}
