// Messages of the way in and the way out: how to get an account, signing in by phone or e-mail,
// password resets (by a counsellor, by an administrator, by e-mail), and the job centre's contact
// shown to a jobseeker. Public and jobseeker-facing: neutral words only.
export const accountMessages = {
  // ── The sign-in page ──
  'signIn.phone': { vi: 'Số điện thoại', en: 'Phone number' },
  'signIn.phoneHint': { vi: 'Số bạn đã đăng ký với Trung tâm Dịch vụ việc làm', en: 'The number you gave the job centre' },
  'signIn.email': { vi: 'Email', en: 'Email' },
  'signIn.useEmail': { vi: 'Cán bộ hoặc doanh nghiệp? Đăng nhập bằng email', en: 'Staff or employer? Sign in with email' },
  'signIn.usePhone': { vi: 'Người lao động? Đăng nhập bằng số điện thoại', en: 'Jobseeker? Sign in with your phone number' },
  'signIn.forgot': { vi: 'Quên mật khẩu?', en: 'Forgot your password?' },
  'signIn.passwordChanged': {
    vi: 'Đã đổi mật khẩu. Hãy đăng nhập bằng mật khẩu mới.',
    en: 'Your password has been changed. Sign in with the new one.',
  },
  'signIn.noAccount.title': { vi: 'Chưa có tài khoản?', en: 'No account yet?' },
  'signIn.noAccount.jobseeker': {
    vi: 'Người tìm việc: cán bộ tư vấn ở Trung tâm Dịch vụ việc làm nơi bạn sống tạo tài khoản cho bạn và đưa bạn một mã số dùng để đăng nhập lần đầu. Hãy đến trung tâm hoặc gọi cho cán bộ tư vấn của bạn.',
    en: 'Jobseekers: a counsellor at the job centre where you live creates your account and gives you a one-time code to sign in the first time. Visit the centre or call your counsellor.',
  },
  'signIn.noAccount.employer': { vi: 'Doanh nghiệp, cơ sở đào tạo:', en: 'Employers and training providers:' },
  'signIn.noAccount.register': { vi: 'đăng ký tài khoản tại đây', en: 'register here' },
  'signIn.noAccount.staff': {
    vi: 'Cán bộ trung tâm và ban tổ chức: quản trị viên của đơn vị tạo tài khoản cho bạn.',
    en: 'Job-centre staff and fair organisers: your administrator creates your account.',
  },

  // ── Forgot / reset password ──
  'reset.forgot.title': { vi: 'Quên mật khẩu', en: 'Forgot your password' },
  'reset.forgot.intro': {
    vi: 'Nhập email bạn dùng để đăng nhập. Chúng tôi sẽ gửi tới email đó một đường dẫn để đặt mật khẩu mới.',
    en: 'Enter the email you sign in with. We will send it a link to choose a new password.',
  },
  'reset.forgot.email': { vi: 'Email đăng nhập', en: 'Sign-in email' },
  'reset.forgot.submit': { vi: 'Gửi đường dẫn', en: 'Send the link' },
  'reset.forgot.sent': {
    vi: 'Nếu {email} là email đăng nhập của một tài khoản, một đường dẫn đặt lại mật khẩu đã được gửi tới đó. Đường dẫn dùng được một lần, trong {minutes} phút. Hãy xem cả thư mục thư rác.',
    en: 'If {email} is the sign-in email of an account, a link to reset the password has been sent to it. The link works once, for {minutes} minutes. Check your spam folder too.',
  },
  'reset.forgot.phone': {
    vi: 'Đăng nhập bằng số điện thoại? Hãy đến hoặc gọi Trung tâm Dịch vụ việc làm nơi bạn sống: cán bộ tư vấn sẽ cấp cho bạn một mã đăng nhập mới.',
    en: 'Do you sign in with a phone number? Visit or call the job centre where you live: your counsellor gives you a new sign-in code.',
  },
  'reset.forgot.noMail': {
    vi: 'Hệ thống chưa gửi được email. Người tìm việc: hãy đến hoặc gọi Trung tâm Dịch vụ việc làm nơi bạn sống, cán bộ tư vấn sẽ cấp mã đăng nhập mới. Cán bộ và doanh nghiệp: hãy nhờ quản trị viên đặt lại mật khẩu.',
    en: 'This site cannot send email yet. Jobseekers: visit or call the job centre where you live, and your counsellor gives you a new sign-in code. Staff and employers: ask an administrator to reset your password.',
  },
  'reset.backToSignIn': { vi: 'Quay lại trang đăng nhập', en: 'Back to sign in' },
  'reset.mail.subject': { vi: 'Đặt lại mật khẩu — Phiên chợ của tình người', en: 'Reset your password — Phiên chợ của tình người' },
  'reset.mail.body': {
    vi: 'Xin chào {name},\n\nCó người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản {email}. Để chọn mật khẩu mới, hãy mở đường dẫn sau trong {minutes} phút tới (chỉ dùng được một lần):\n\n{link}\n\nNếu không phải bạn yêu cầu, hãy bỏ qua email này: mật khẩu của bạn không thay đổi.\n\nPhiên chợ của tình người',
    en: 'Hello {name},\n\nSomeone (probably you) asked to reset the password of the account {email}. To choose a new password, open this link within {minutes} minutes (it works once):\n\n{link}\n\nIf it was not you, ignore this email: your password has not changed.\n\nPhiên chợ của tình người',
  },
  'reset.choose.title': { vi: 'Đặt mật khẩu mới', en: 'Choose a new password' },
  'reset.choose.intro': {
    vi: 'Tài khoản {email}. Sau khi đổi, mọi nơi đang đăng nhập bằng mật khẩu cũ sẽ bị đăng xuất.',
    en: 'Account {email}. Once it is changed, every device signed in with the old password is signed out.',
  },
  'reset.choose.password': { vi: 'Mật khẩu mới (ít nhất 8 ký tự)', en: 'New password (at least 8 characters)' },
  'reset.choose.confirm': { vi: 'Nhập lại mật khẩu mới', en: 'Type the new password again' },
  'reset.choose.submit': { vi: 'Đổi mật khẩu', en: 'Change the password' },
  'reset.invalidLink': {
    vi: 'Đường dẫn này không dùng được nữa: nó đã được dùng, đã hết hạn hoặc không đúng. Hãy yêu cầu một đường dẫn mới.',
    en: 'This link no longer works: it was used, it expired or it is wrong. Ask for a new one.',
  },
  'reset.askAgain': { vi: 'Yêu cầu đường dẫn mới', en: 'Ask for a new link' },
  'reset.confirmMismatch': { vi: 'Hai mật khẩu không giống nhau.', en: 'The two passwords are not the same.' },

  // ── Reset by staff, with a one-time code ──
  'reset.noAccount': { vi: 'Người này chưa có tài khoản đăng nhập.', en: 'This person has no sign-in yet.' },
  'reset.returneeByCounsellor': {
    vi: 'Tài khoản của người lao động do cán bộ tư vấn phụ trách đặt lại, từ hồ sơ của người đó.',
    en: 'A jobseeker’s sign-in is reset by their counsellor, from the person’s record.',
  },
  'reset.notSelf': {
    vi: 'Không thể tự đặt lại mật khẩu của mình ở đây; hãy dùng “Quên mật khẩu?” ở trang đăng nhập.',
    en: 'You cannot reset your own password here; use “Forgot your password?” on the sign-in page.',
  },
  'reset.code.once': {
    vi: 'Mã này chỉ hiện một lần. Hãy đưa tận tay hoặc đọc qua điện thoại cho đúng người; mật khẩu cũ và mọi phiên đăng nhập cũ đã hết hiệu lực.',
    en: 'This code is shown only once. Hand it over in person or read it out on the phone to the right person; the old password and every old session no longer work.',
  },
  'reset.code.label': { vi: 'Mã đăng nhập mới:', en: 'New sign-in code:' },
  'caseload.account.reset': { vi: 'Đặt lại đăng nhập', en: 'Reset the sign-in' },
  'caseload.account.resetConfirm': {
    vi: 'Đặt lại đăng nhập của {name}? Mật khẩu hiện tại sẽ hết hiệu lực, người này bị đăng xuất ở mọi nơi, và bạn nhận một mã đăng nhập mới (8 chữ số) để trao cho họ.',
    en: 'Reset the sign-in of {name}? The current password stops working, the person is signed out everywhere, and you get a new 8-digit sign-in code to give them.',
  },
  'caseload.account.resetYes': { vi: 'Có, đặt lại và tạo mã mới', en: 'Yes, reset and make a new code' },
  'caseload.account.resetDone': {
    vi: 'Đã đặt lại đăng nhập cho số {phone}.',
    en: 'The sign-in for {phone} has been reset.',
  },
  'common.cancel': { vi: 'Hủy', en: 'Cancel' },
  'users.reset': { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  'users.resetConfirm': {
    vi: 'Đặt lại mật khẩu của {name}? Mật khẩu hiện tại hết hiệu lực, tài khoản bị đăng xuất ở mọi nơi và bạn nhận một mã mới để trao cho họ.',
    en: 'Reset the password of {name}? The current password stops working, the account is signed out everywhere, and you get a new code to give them.',
  },
  'users.resetYes': { vi: 'Có, đặt lại', en: 'Yes, reset' },
  'users.resetDone': { vi: 'Đã đặt lại mật khẩu của {name}.', en: 'The password of {name} has been reset.' },

  // ── The job centre's and the counsellor's contact, on a jobseeker's pages ──
  'contact.title': { vi: 'Nơi hỗ trợ bạn', en: 'Who helps you' },
  'contact.centre': { vi: 'Trung tâm', en: 'Centre' },
  'contact.address': { vi: 'Địa chỉ', en: 'Address' },
  'contact.phone': { vi: 'Điện thoại', en: 'Phone' },
  'contact.email': { vi: 'Email', en: 'Email' },
  'contact.hours': { vi: 'Giờ làm việc', en: 'Opening hours' },
  'contact.counsellor': { vi: 'Cán bộ tư vấn của bạn', en: 'Your counsellor' },
  'contact.call': { vi: 'Gọi {phone}', en: 'Call {phone}' },
  'contact.noCounsellor': {
    vi: 'Chưa có cán bộ tư vấn phụ trách riêng; hãy gọi số của trung tâm.',
    en: 'No counsellor is assigned to you yet; call the centre’s number.',
  },
} as const;
