// Messages only counsellors read, where the official terms belong (the release kinds, the intake's
// reminder not to record offences). They are sent only with staff pages (routes under /caseload),
// never with a page the public, an employer or a jobseeker opens, even one whose code holds them
// (the profile form's module, shared with /me); tests/unit/neutral-messages.test.ts keeps them there.
export const staffOnlyMessages: Readonly<Record<string, string>> = {
  'caseload.releaseKind.completed': 'the kind of release, on the counsellor’s intake and profile',
  'caseload.releaseKind.amnesty': 'the kind of release, on the counsellor’s intake and profile',
  'caseload.releaseKind.conditional_early_release': 'the kind of release, on the counsellor’s intake and profile',
  'caseload.new.intro': 'the intake page tells the counsellor not to record offences',
  'caseload.validation.certificatePastLabel': 'tells the counsellor typing a certificate name why a word was refused',
};

/** The routes whose pages are staff pages (a counsellor's caseload). */
export const isStaffRoute = (routeId: string) => routeId.startsWith('routes/caseload.');
