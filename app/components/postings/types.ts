// Types shared by the employer forms on both sides (server actions and the components): the lists
// the pickers offer.
import type { drivingLicenceClasses } from '#app/services/catalogue/rules.ts';
import type { fundingKinds, organisationKinds, schoolingLevels, trainingLevels, workTypes } from '#db/schema.ts';

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
