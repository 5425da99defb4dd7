// The shape of "what is still missing for a job" (gaps.server.ts), shared with the pages.
export type JobGap = {
  /** What is missing, in plain words ("This job needs welding, which you do not have yet."). */
  missing: string[];
  /** Courses open now that teach a missing skill. */
  courses: { id: string; title: string }[];
  /** Courses of the job's trade in the search (for a licence or certificate, or when no course is open). */
  searchHref: string;
};
