// All interface text, one entry per message: { vi, en }. Areas with many messages keep them in
// messages/ and are spread in here.
import { accountMessages } from './messages/accounts.ts';
import { caseloadMessages } from './messages/caseload.ts';
import { catalogueMessages } from './messages/catalogue.ts';
import { employerPageMessages } from './messages/employer-pages.ts';
import { fairMessages } from './messages/fairs.ts';
import { fairLiveMessages } from './messages/fair-live.ts';
import { fairOrganiserMessages } from './messages/fair-organiser.ts';
import { fairPeopleMessages } from './messages/fair-people.ts';
import { formMessages } from './messages/forms.ts';
import { indicatorMessages } from './messages/indicators.ts';
import { indicatorReportMessages } from './messages/indicator-reports.ts';
import { journeyMessages } from './messages/journey.ts';
import { matchingMessages } from './messages/matching.ts';
import { pipelineMessages } from './messages/pipeline.ts';
import { planAdminMessages } from './messages/plan-admin.ts';
import { searchPageMessages } from './messages/search-pages.ts';

export const messages = {
  ...catalogueMessages,
  ...caseloadMessages,
  ...matchingMessages,
  ...pipelineMessages,
  ...employerPageMessages,
  ...searchPageMessages,
  ...accountMessages,
  ...formMessages,
  ...fairMessages,
  ...fairOrganiserMessages,
  ...fairPeopleMessages,
  ...fairLiveMessages,
  ...journeyMessages,
  ...indicatorMessages,
  ...planAdminMessages,
  ...indicatorReportMessages,
  'app.name': { vi: 'Phiên chợ của tình người', en: 'Phiên chợ của tình người — Fair of Human Kindness' },
  'app.tagline': {
    vi: 'Việc làm và học nghề cho một khởi đầu mới',
    en: 'Jobs and vocational training for people making a fresh start',
  },
  'app.skipToContent': { vi: 'Chuyển đến nội dung chính', en: 'Skip to main content' },
  'nav.home': { vi: 'Trang chủ', en: 'Home' },
  'nav.signIn': { vi: 'Đăng nhập', en: 'Sign in' },
  'nav.signOut': { vi: 'Đăng xuất', en: 'Sign out' },
  'nav.users': { vi: 'Tài khoản', en: 'Accounts' },
  'nav.apiTokens': { vi: 'Khóa API', en: 'API tokens' },
  'nav.language': { vi: 'Ngôn ngữ', en: 'Language' },
  'nav.colorScheme': { vi: 'Đổi giao diện sáng/tối', en: 'Toggle light/dark' },
  'nav.menu': { vi: 'Menu', en: 'Menu' },
  'nav.main': { vi: 'Điều hướng chính', en: 'Main navigation' },
  'nav.caseload': { vi: 'Hồ sơ tư vấn', en: 'Caseload' },
  'nav.myProfile': { vi: 'Hồ sơ của tôi', en: 'My profile' },
  'nav.myMatches': { vi: 'Việc làm gợi ý', en: 'Suggested jobs' },
  'nav.myReferrals': { vi: 'Việc đã ứng tuyển', en: 'My applications' },
  'language.vi': { vi: 'Tiếng Việt', en: 'Tiếng Việt' },
  'language.en': { vi: 'English', en: 'English' },

  'role.administrator': { vi: 'Quản trị viên', en: 'Administrator' },
  'role.counsellor': { vi: 'Cán bộ tư vấn', en: 'Counsellor' },
  'role.employer': { vi: 'Doanh nghiệp', en: 'Employer' },
  'role.returnee': { vi: 'Người lao động', en: 'Jobseeker' },
  'role.organiser': { vi: 'Ban tổ chức phiên chợ', en: 'Job-fair organiser' },

  'signIn.title': { vi: 'Đăng nhập', en: 'Sign in' },
  'signIn.intro': {
    vi: 'Cán bộ và doanh nghiệp đăng nhập bằng email; người lao động đăng nhập bằng số điện thoại.',
    en: 'Staff and employers sign in with their email; jobseekers sign in with their phone number.',
  },
  'signIn.login': { vi: 'Email hoặc số điện thoại', en: 'Email or phone number' },
  'signIn.password': { vi: 'Mật khẩu', en: 'Password' },
  'signIn.submit': { vi: 'Đăng nhập', en: 'Sign in' },
  'signIn.submitting': { vi: 'Đang đăng nhập…', en: 'Signing in…' },
  'signIn.failed': { vi: 'Không đăng nhập được', en: 'Could not sign in' },

  'validation.login.required': { vi: 'Hãy nhập email hoặc số điện thoại.', en: 'Enter your email or phone number.' },
  'validation.login.invalid': {
    vi: 'Hãy nhập một email (ví dụ ten@congty.vn) hoặc số điện thoại 10 chữ số bắt đầu bằng 0.',
    en: 'Enter an email (e.g. name@company.vn) or a 10-digit phone number starting with 0.',
  },
  'validation.password.required': { vi: 'Hãy nhập mật khẩu.', en: 'Enter your password.' },
  'validation.password.tooShort': {
    vi: 'Mật khẩu cần ít nhất 8 ký tự.',
    en: 'The password needs at least 8 characters.',
  },
  'validation.password.tooLong': { vi: 'Mật khẩu dài quá 200 ký tự.', en: 'The password is longer than 200 characters.' },
  'validation.email.invalid': { vi: 'Email không hợp lệ.', en: 'This is not a valid email address.' },
  'validation.phone.invalid': {
    vi: 'Số điện thoại cần 10 chữ số, bắt đầu bằng 0 (hoặc +84).',
    en: 'The phone number needs 10 digits starting with 0 (or +84).',
  },
  'validation.fullName.required': { vi: 'Hãy nhập họ và tên.', en: 'Enter the full name.' },
  'validation.fullName.tooLong': { vi: 'Họ và tên dài quá 120 ký tự.', en: 'The name is longer than 120 characters.' },
  'validation.role.invalid': { vi: 'Hãy chọn một vai trò.', en: 'Choose a role.' },
  'validation.province.required': {
    vi: 'Cán bộ tư vấn và ban tổ chức cần được phân công một tỉnh/thành phố.',
    en: 'Counsellors and organisers must be assigned to a province.',
  },
  'validation.province.unknown': { vi: 'Không có tỉnh/thành phố này.', en: 'There is no such province.' },
  'validation.locale.invalid': { vi: 'Ngôn ngữ không được hỗ trợ.', en: 'That language is not supported.' },
  'validation.tokenName.required': { vi: 'Hãy đặt tên cho khóa API.', en: 'Give the API token a name.' },
  'validation.user.required': { vi: 'Hãy chọn một tài khoản.', en: 'Choose an account.' },
  'validation.json': { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  'validation.invalid': { vi: 'Dữ liệu chưa hợp lệ, hãy xem các ô được đánh dấu.', en: 'Some fields need attention.' },

  'auth.badCredentials': {
    vi: 'Email/số điện thoại hoặc mật khẩu không đúng.',
    en: 'Wrong email/phone number or password.',
  },
  'auth.disabled': {
    vi: 'Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.',
    en: 'This account has been disabled. Please contact an administrator.',
  },
  'auth.rateLimited': {
    vi: 'Bạn đã thử đăng nhập quá nhiều lần. Hãy thử lại sau {seconds} giây.',
    en: 'Too many sign-in attempts. Please try again in {seconds} seconds.',
  },
  'auth.required': { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  'auth.forbidden': { vi: 'Bạn không có quyền làm việc này.', en: 'You are not allowed to do this.' },
  'auth.badOrigin': {
    vi: 'Yêu cầu bị từ chối vì không đến từ trang của cổng thông tin.',
    en: 'Request refused: it did not come from the portal’s own pages.',
  },

  'error.notFound': { vi: 'Không tìm thấy trang này.', en: 'This page does not exist.' },
  'error.server': {
    vi: 'Đã có lỗi xảy ra phía máy chủ. Hãy thử lại sau ít phút.',
    en: 'Something went wrong on our side. Please try again in a few minutes.',
  },
  'error.backHome': { vi: 'Về trang chủ', en: 'Back to the home page' },
  'error.title': { vi: 'Có lỗi', en: 'Something went wrong' },
  'error.notFoundTitle': { vi: 'Không tìm thấy trang', en: 'Page not found' },
  'error.notFoundHint': {
    vi: 'Địa chỉ có thể đã gõ sai, hoặc trang đã được gỡ. Bạn có thể tìm việc làm và khóa học từ đây:',
    en: 'The address may be mistyped, or the page was removed. You can look for jobs and courses from here:',
  },
  'error.searchJobs': { vi: 'Tìm việc làm và khóa học', en: 'Find jobs and courses' },

  'home.welcome': { vi: 'Xin chào, {name}', en: 'Hello, {name}' },
  'home.public.title': { vi: 'Cơ hội việc làm và học nghề', en: 'Jobs and training opportunities' },
  'home.public.body': {
    vi: 'Doanh nghiệp đăng tin tuyển dụng và khóa học nghề; cán bộ tư vấn của Trung tâm Dịch vụ việc làm kết nối người lao động với việc làm phù hợp và theo dõi đến khi việc làm ổn định.',
    en: 'Employers post jobs and training courses; job-centre counsellors connect jobseekers with suitable work and follow up until the job is stable.',
  },
  'home.public.openJobs': { vi: 'Việc làm đang tuyển', en: 'Open jobs' },
  'home.public.openTraining': { vi: 'Khóa học nghề đang nhận học viên', en: 'Training courses open for enrolment' },
  'home.public.employers': { vi: 'Doanh nghiệp đã xác minh', en: 'Verified employers' },

  'home.administrator.title': { vi: 'Trang quản trị', en: 'Administration' },
  'home.administrator.accounts': { vi: 'Tài khoản theo vai trò', en: 'Accounts by role' },
  'home.administrator.manageUsers': { vi: 'Quản lý tài khoản', en: 'Manage accounts' },
  'home.administrator.manageTokens': { vi: 'Quản lý khóa API', en: 'Manage API tokens' },
  'home.administrator.disabled': { vi: 'đã khóa', en: 'disabled' },

  'home.counsellor.title': { vi: 'Trang của cán bộ tư vấn', en: 'Counsellor home' },
  'home.counsellor.province': { vi: 'Địa bàn: {province}', en: 'Province: {province}' },
  'home.counsellor.caseload': { vi: 'Người lao động đang quản lý', en: 'People in the caseload' },
  'home.counsellor.pendingOrgs': { vi: 'Doanh nghiệp chờ xác minh', en: 'Employers awaiting verification' },
  'home.counsellor.openJobs': { vi: 'Việc làm đang tuyển trong tỉnh', en: 'Open jobs in the province' },
  'home.counsellor.noProvince': {
    vi: 'Bạn chưa được phân công địa bàn. Hãy liên hệ quản trị viên.',
    en: 'You have not been assigned a province yet. Please contact an administrator.',
  },

  'home.employer.title': { vi: 'Trang doanh nghiệp', en: 'Employer home' },
  'home.employer.verified': { vi: 'Đã xác minh', en: 'Verified' },
  'home.employer.pending': { vi: 'Đang chờ xác minh', en: 'Awaiting verification' },
  'home.employer.refused': { vi: 'Chưa được xác minh', en: 'Verification refused' },
  'home.employer.jobs': { vi: 'Tin tuyển dụng', en: 'Job postings' },
  'home.employer.openJobs': { vi: 'đang tuyển', en: 'open' },
  'home.employer.training': { vi: 'Khóa học nghề', en: 'Training courses' },
  'home.employer.waiting': { vi: 'Hồ sơ chờ bạn phản hồi', en: 'Applications waiting for your answer' },
  'home.employer.candidates': { vi: 'Ứng viên phù hợp được gợi ý', en: 'Suggested candidates' },
  'home.employer.byJob': { vi: 'Ứng viên theo tin tuyển dụng', en: 'Candidates by job' },
  'home.employer.jobWaiting': { vi: '{count} chờ phản hồi', en: '{count} waiting for your answer' },
  'home.employer.jobCandidates': { vi: '{count} ứng viên gợi ý', en: '{count} suggested candidates' },
  'home.employer.noOrganisation': {
    vi: 'Tài khoản của bạn chưa gắn với doanh nghiệp nào.',
    en: 'Your account is not linked to an organisation yet.',
  },

  'home.returnee.title': { vi: 'Trang của tôi', en: 'My page' },
  'home.returnee.area': { vi: 'Nơi ở: {place}', en: 'Lives in: {place}' },
  'home.returnee.skills': { vi: 'Kỹ năng của tôi', en: 'My skills' },
  'home.returnee.noSkills': {
    vi: 'Chưa có kỹ năng nào. Cán bộ tư vấn sẽ cùng bạn bổ sung.',
    en: 'No skills yet. Your counsellor will add them with you.',
  },
  'home.returnee.openJobs': { vi: 'Việc làm đang tuyển gần bạn', en: 'Open jobs near you' },
  'home.returnee.noProfile': {
    vi: 'Hồ sơ của bạn chưa được tạo. Hãy liên hệ cán bộ tư vấn.',
    en: 'Your profile has not been created yet. Please contact your counsellor.',
  },

  'home.organiser.title': { vi: 'Trang ban tổ chức phiên chợ', en: 'Job-fair organiser home' },
  'home.organiser.province': { vi: 'Địa bàn: {province}', en: 'Province: {province}' },
  'home.organiser.noFairs': {
    vi: 'Chưa có phiên chợ việc làm nào. Phiên chợ đầu tiên sẽ hiện ở đây.',
    en: 'No job fairs yet. Your first fair will appear here.',
  },
  'home.organiser.employers': { vi: 'Doanh nghiệp đã xác minh trong tỉnh', en: 'Verified employers in the province' },

  'skillLevel.beginner': { vi: 'mới học', en: 'beginner' },
  'skillLevel.can_work': { vi: 'làm được', en: 'can work' },
  'skillLevel.experienced': { vi: 'thành thạo', en: 'experienced' },

  'users.title': { vi: 'Quản lý tài khoản', en: 'Manage accounts' },
  'users.create': { vi: 'Tạo tài khoản cán bộ', en: 'Create a staff account' },
  'users.created': { vi: 'Đã tạo tài khoản {email}.', en: 'Account {email} created.' },
  'users.updated': { vi: 'Đã cập nhật tài khoản.', en: 'Account updated.' },
  'users.email': { vi: 'Email', en: 'Email' },
  'users.phone': { vi: 'Số điện thoại', en: 'Phone' },
  'users.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'users.role': { vi: 'Vai trò', en: 'Role' },
  'users.province': { vi: 'Tỉnh/thành phố phụ trách', en: 'Assigned province' },
  'users.noProvince': { vi: '— Không —', en: '— None —' },
  'users.initialPassword': { vi: 'Mật khẩu ban đầu', en: 'Initial password' },
  'users.status': { vi: 'Trạng thái', en: 'Status' },
  'users.active': { vi: 'Đang hoạt động', en: 'Active' },
  'users.disabled': { vi: 'Đã khóa', en: 'Disabled' },
  'users.disable': { vi: 'Khóa tài khoản', en: 'Disable' },
  'users.enable': { vi: 'Mở khóa', en: 'Enable' },
  'users.assign': { vi: 'Phân công', en: 'Assign' },
  'users.filterRole': { vi: 'Lọc theo vai trò', en: 'Filter by role' },
  'users.allRoles': { vi: 'Tất cả vai trò', en: 'All roles' },
  'users.validation.role': { vi: 'Vai trò này không có trong danh sách.', en: 'This role is not one of the list.' },
  'users.validation.search': { vi: 'Từ khóa tìm kiếm dài quá 100 ký tự.', en: 'The search is longer than 100 characters.' },
  'users.search': { vi: 'Tìm theo tên, email, số điện thoại', en: 'Search by name, email, phone' },
  'users.empty': { vi: 'Không có tài khoản nào khớp.', en: 'No account matches.' },
  'users.total': { vi: '{count} tài khoản', en: '{count} accounts' },
  'users.emailTaken': { vi: 'Email này đã có tài khoản.', en: 'This email already has an account.' },
  'users.cannotDisableSelf': {
    vi: 'Bạn không thể tự khóa tài khoản của mình.',
    en: 'You cannot disable your own account.',
  },
  'users.notFound': { vi: 'Không tìm thấy tài khoản.', en: 'Account not found.' },
  'users.actions': { vi: 'Thao tác', en: 'Actions' },

  'tokens.title': { vi: 'Khóa API', en: 'API tokens' },
  'tokens.intro': {
    vi: 'Khóa API cho phép hệ thống khác gọi /api/v1 thay mặt một tài khoản. Khóa chỉ hiện một lần khi tạo; hệ thống chỉ lưu bản băm.',
    en: 'An API token lets another system call /api/v1 on behalf of an account. It is shown once when created; only a hash is stored.',
  },
  'tokens.name': { vi: 'Tên khóa', en: 'Token name' },
  'tokens.user': { vi: 'Tài khoản', en: 'Account' },
  'tokens.create': { vi: 'Tạo khóa', en: 'Create token' },
  'tokens.createdOnce': {
    vi: 'Khóa mới (sao chép ngay, sẽ không hiện lại):',
    en: 'New token (copy it now, it will not be shown again):',
  },
  'tokens.revoke': { vi: 'Thu hồi', en: 'Revoke' },
  'tokens.revoked': { vi: 'Đã thu hồi', en: 'Revoked' },
  'tokens.lastUsed': { vi: 'Lần dùng gần nhất', en: 'Last used' },
  'tokens.never': { vi: 'Chưa dùng', en: 'Never' },
  'tokens.empty': { vi: 'Chưa có khóa API nào.', en: 'No API tokens yet.' },
  'tokens.created': { vi: 'Ngày tạo', en: 'Created' },

  'pagination.label': { vi: 'Phân trang', en: 'Pagination' },
  'pagination.previous': { vi: '‹ Trang trước', en: '‹ Previous' },
  'pagination.next': { vi: 'Trang sau ›', en: 'Next ›' },
  'pagination.page': { vi: 'Trang {page}', en: 'Page {page}' },
  'common.save': { vi: 'Lưu', en: 'Save' },
  'common.saving': { vi: 'Đang lưu…', en: 'Saving…' },
  'common.search': { vi: 'Tìm', en: 'Search' },
  'common.loading': { vi: 'Đang tải…', en: 'Loading…' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type MessageKey = keyof typeof messages;
