// Types shared by the employer forms on both sides (server actions and the components).
import type { drivingLicenceClasses } from '#app/services/postings.server.ts';
import type { fundingKinds, organisationKinds, schoolingLevels, trainingLevels, workTypes } from '#db/schema.ts';

/** A form's fields as posted (strings), also used for the values a form starts with. */
export type FormValues = Record<string, string>;

/** What every form action answers: field messages, an alert, the typed values, or success. */
export type FormActionData = {
  fields?: Record<string, string>;
  formError?: string;
  /** The alert is a state conflict (e.g. publishing while unverified), not a typing mistake. */
  conflict?: boolean;
  values?: FormValues;
  ok?: boolean;
  message?: string;
  /** Which record or button the answer belongs to, when a page has several forms. */
  target?: string;
};

export type Option = { code: string; name: string };
export type Occupation = { code: string; nameVi: string; nameEn: string };
export type Skill = Occupation & { occupationCode: string | null };

export type FormOptions = {
  workTypes: readonly (typeof workTypes)[number][];
  schoolingLevels: readonly (typeof schoolingLevels)[number][];
  drivingLicenceClasses: readonly (typeof drivingLicenceClasses)[number][];
  trainingLevels: readonly (typeof trainingLevels)[number][];
  fundingKinds: readonly (typeof fundingKinds)[number][];
  organisationKinds: readonly (typeof organisationKinds)[number][];
};
