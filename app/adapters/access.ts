// Who may open each page and resource route, and send each form: the declared access table. The
// JSON API's operations and the socket events declare theirs where they are defined (their
// `access`); `accessTable` gathers all three. tests/integration/access.test.ts calls every entry
// as every kind of user, against records they do and do not own, and checks the answers against
// this table — and fails for a route, operation or event that has no row.
import type { ActionEntity, Permission } from '#app/services/authorize.ts';

/**
 * 'public': anyone, signed in or not. Otherwise a signed-in user whose role holds the permission
 * (at some scope; the record named in the path is then checked against that scope), or one of
 * several permissions (work several kinds of user do).
 */
export type Access = 'public' | ActionEntity | Permission | readonly (ActionEntity | Permission)[];

/** The kind of record a route's `:id` (or an operation's `{id}`) names. */
export type RecordKind = 'returnee' | 'job' | 'training' | 'referral' | 'placement' | 'enrolment' | 'supportCase' | 'fair' | 'plan';

export type RouteAccess = {
  /** What reading the page (GET) needs; absent for a route without a loader. */
  loader?: Access;
  /** What sending its forms (POST) needs; absent for a route without an action. */
  action?: Access;
  /** The record its `:id` names. */
  record?: RecordKind;
  /** A layout that only frames its child routes (no loader, no action). */
  layout?: true;
};

/** Every file in app/routes/, by name. */
export const routeAccess = {
  // Anyone: the public pages, signing in and out, the language, health, reference lists, the API
  // (each of its operations declares its own access).
  _index: { loader: 'public' },
  login: { loader: 'public', action: 'public' },
  'forgot-password': { loader: 'public', action: 'public' },
  'reset-password': { loader: 'public', action: 'public' },
  logout: { loader: 'public', action: 'public' },
  'settings.locale': { loader: 'public', action: 'public' },
  healthz: { loader: 'public' },
  search: { loader: 'public' },
  'jobs.$id': { loader: 'public', record: 'job' },
  'training.$id': { loader: 'public', record: 'training' },
  'resources.communes': { loader: 'public' },
  'employers.register': { loader: 'public', action: 'public' },
  'api.v1.$': { loader: 'public', action: 'public' },
  // Any other address: a 404 page with the reader's header.
  $: { loader: 'public' },

  // Administrators.
  'admin.users': { loader: 'read:user', action: 'update:user' },
  'admin.tokens': { loader: 'create:api-token', action: 'create:api-token' },
  'admin.plans': { loader: 'create:plan', action: 'create:plan' },
  'admin.plans_.$id': { loader: 'update:plan', action: 'update:plan', record: 'plan' },
  'admin.reoffending': { loader: 'update:indicator-setting', action: 'update:indicator-setting' },

  // Counsellors, over the people of their province.
  'caseload._index': { loader: 'read:returnee:province' },
  'caseload.new': { loader: 'create:returnee:province', action: 'create:returnee:province' },
  'caseload.$id': { layout: true },
  'caseload.$id._index': { loader: 'read:returnee:province', action: 'update:returnee:province', record: 'returnee' },
  'caseload.$id.matches': { loader: 'read:match:province', record: 'returnee' },
  'caseload.$id.pipeline': { loader: 'update:referral:province', action: 'update:referral:province', record: 'returnee' },
  verification: { loader: 'verify:organisation', action: 'verify:organisation' },

  // Employers and training providers, over their own organisation.
  'employer._index': { loader: 'read:organisation' },
  'employer.organisation': { loader: 'read:organisation', action: 'update:organisation' },
  'employer.jobs.new': { loader: 'create:job', action: 'create:job' },
  'employer.jobs.$id': { loader: 'update:job', action: 'update:job', record: 'job' },
  'employer.jobs.$id_.candidates': { loader: 'read:candidate:own', record: 'job' },
  'employer.jobs.$id_.pipeline': { loader: 'update:referral:own', action: 'update:referral:own', record: 'job' },
  'employer.training.new': { loader: 'create:training', action: 'create:training' },
  'employer.training.$id': { loader: 'update:training', action: 'update:training', record: 'training' },
  'employer.training.$id_.enrolments': { loader: 'update:training', action: 'update:training', record: 'training' },

  // The returnee, over their own record.
  'me._index': { loader: 'read:returnee:own', action: 'update:returnee:own' },
  'me.matches': { loader: 'read:match:own' },
  'me.referrals': { loader: 'create:application:own', action: 'create:application:own' },

  // The people at a fair: the returnee's fairs and ticket (a fair they hold a ticket to), their
  // counsellor's fair tab, an organisation's invitations, and its booth's desk (its named staff).
  'me.fairs._index': { loader: 'join:queue:own', action: 'join:queue:own' },
  'me.fairs.$id': { loader: 'join:queue:own', action: 'join:queue:own', record: 'fair' },
  'caseload.$id.fairs': { loader: 'read:returnee:province', action: 'create:referral:province', record: 'returnee' },
  'employer.fairs._index': { loader: 'update:booth', action: 'update:booth' },
  'employer.fairs.$id': { loader: 'call:queue', action: 'call:queue', record: 'fair' },

  // Organisers, over the fairs of their province; a fair's public board is anyone's.
  'fairs._index': { loader: 'update:fair' },
  // A province's staff (their province) and administrators (the country).
  indicators: { loader: 'read:indicator' },
  // Its files and reports: every dashboard table as CSV/XLSX, the monthly needs (and its files), and
  // the yearly report, whose text the province's staff (and administrators) write.
  'indicators_.export[.]csv': { loader: 'read:indicator' },
  'indicators_.export[.]xlsx': { loader: 'read:indicator' },
  'indicators_.needs': { loader: 'read:indicator' },
  'indicators_.needs[.]csv': { loader: 'read:indicator' },
  'indicators_.needs[.]xlsx': { loader: 'read:indicator' },
  'indicators_.report': { loader: 'read:indicator', action: 'update:indicator-report' },
  // The people behind a count: staff with caseload rights over the province only (audited).
  'indicators_.people': { loader: 'read:returnee:province' },
  'fairs.new': { loader: 'update:fair', action: 'update:fair' },
  'fairs.$id': { loader: 'update:fair', action: 'update:fair', record: 'fair' },
  'fairs.$id_.console': { loader: 'update:fair', record: 'fair' },
  'fairs.$id_.door': { loader: 'update:fair', action: 'update:fair', record: 'fair' },
  'fairs.$id_.board': { loader: 'public', record: 'fair' },
  // After the fair: its summary and the summary's downloads.
  'fairs.$id_.summary': { loader: 'update:fair:province', record: 'fair' },
  'fairs.$id_.summary[.]csv': { loader: 'update:fair:province', record: 'fair' },
  'fairs.$id_.summary[.]xlsx': { loader: 'update:fair:province', record: 'fair' },
} satisfies Record<string, RouteAccess>;

export type RouteName = keyof typeof routeAccess;
