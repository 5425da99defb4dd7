// Types shared by the caseload pages on both sides (loaders/actions and the components). The value
// lists come from the server in `options`, so the browser bundle needs no Drizzle.
import { type FormActionData } from '#app/adapters/form-data.ts';
import type { caseloadOptions } from '../../adapters/pages/caseload.server.ts';

export type { FormValues } from '#app/adapters/form-data.ts';
export type { Option, Occupation, Skill } from '#app/components/postings/types.ts';

export type CaseloadOptions = typeof caseloadOptions;

/** A form answer; after creating a sign-in with a generated code, the code (shown once, as `secret`). */
export type CaseActionData = FormActionData;
