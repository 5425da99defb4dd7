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

/** How long a password-reset link sent by e-mail works. */
export const resetLinkMinutes = 60;
/** Reset e-mails asked for per address, and per client address, in a sliding hour. */
export const resetPerAddressLimit = { max: 3, windowMs: 3_600_000 };
export const resetPerIpLimit = { max: 10, windowMs: 3_600_000 };
