// The placement pipeline and its outcomes (issue 4): job referrals to hiring, placements and their
// follow-ups, training enrolments, loan and legal support, and the person's timeline. The rules are
// the tables in pipeline-rules.ts; the code lives in pipeline/ and is gathered here for callers.
export {
  applyConsentWording,
  changeReferral,
  jobPipeline,
  referralConsentWording,
  referralForApi,
  referralsOfReturnee,
  startReferral,
  waitingReferrals,
  type BoardEntry,
  type JobPipeline,
  type PersonReferral,
  type PlacementView,
  type WaitingReferral,
} from './pipeline/referrals.server.ts';
export {
  dueFollowUps,
  followUpSchedule,
  recordFollowUp,
  stablePlacementCondition,
  type DueFollowUp,
} from './pipeline/placements.server.ts';
export { changeEnrolment, enrolmentsOfReturnee, startEnrolment, type PersonEnrolment } from './pipeline/enrolments.server.ts';
export { changeSupportCase, startSupportCase, supportCasesOfReturnee } from './pipeline/support.server.ts';
export { describeCaseEvent, returneeTimeline, timelineOf, type TimelineEntry } from './pipeline/timeline.server.ts';
export { jobForReferral, pipelineActorOf } from './pipeline/access.server.ts';
export * from './pipeline/schemas.ts';
export { isStablePlacement } from './pipeline-rules.ts';
