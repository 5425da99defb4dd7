// Rules about accounts: which roles are staff (an administrator creates them; employers register
// themselves and returnees get a sign-in from their counsellor), which are tied to one province,
// how long a session lasts and how many failed sign-ins are tolerated.
import type { Role } from '#db/enums.ts';

export const staffRoles = ['administrator', 'counsellor', 'organiser'] as const satisfies readonly Role[];
/** Roles whose work is tied to one province. */
export const provinceRoles: readonly Role[] = ['counsellor', 'organiser'];

export const sessionDays = 30;
/** Failed sign-ins tolerated per address and per account in a sliding minute. */
export const signInLimit = { max: 10, windowMs: 60_000 };
