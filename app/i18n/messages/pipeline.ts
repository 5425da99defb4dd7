// Messages of the pipeline area (issue 4): referrals, placements and follow-ups, training
// enrolments, loan and legal support, the person's timeline. Employers read many of these, so none
// of them may label a person's past (a unit test checks every one with findPastLabel).
export const pipelineMessages = {
  // ── Statuses, as staff and employers read them ──
  'pipeline.status.suggested': { vi: 'Cán bộ gợi ý', en: 'Suggested' },
  'pipeline.status.requested': { vi: 'Tự ứng tuyển', en: 'Applied' },
  'pipeline.status.introduction_requested': { vi: 'Đề nghị giới thiệu', en: 'Introduction requested' },
  'pipeline.status.referred': { vi: 'Đã giới thiệu', en: 'Referred' },
  'pipeline.status.interview_scheduled': { vi: 'Hẹn phỏng vấn', en: 'Interview scheduled' },
  'pipeline.status.offered': { vi: 'Mời nhận việc', en: 'Offered' },
  'pipeline.status.hired': { vi: 'Đã tuyển', en: 'Hired' },
  'pipeline.status.not_hired': { vi: 'Không tuyển', en: 'Not hired' },
  'pipeline.status.withdrawn': { vi: 'Đã dừng', en: 'Withdrawn' },

  'pipeline.enrolment.status.applied': { vi: 'Đã đăng ký', en: 'Applied' },
  'pipeline.enrolment.status.enrolled': { vi: 'Đang học', en: 'Enrolled' },
  'pipeline.enrolment.status.completed': { vi: 'Đã học xong', en: 'Completed' },
  'pipeline.enrolment.status.certified': { vi: 'Đã có chứng chỉ', en: 'Certified' },
  'pipeline.enrolment.status.dropped_out': { vi: 'Đã thôi học', en: 'Dropped out' },

  'pipeline.support.kind.loan': {
    vi: 'Vay vốn ưu đãi (Ngân hàng Chính sách xã hội, Quyết định 22/2023/QĐ-TTg)',
    en: 'Preferential loan (Vietnam Bank for Social Policies, Decision 22/2023/QĐ-TTg)',
  },
  'pipeline.support.kind.legal': { vi: 'Trợ giúp pháp lý, giấy tờ', en: 'Legal help and papers' },
  'pipeline.support.status.needed': { vi: 'Cần hỗ trợ', en: 'Needed' },
  'pipeline.support.status.eligible': { vi: 'Đủ điều kiện', en: 'Eligible' },
  'pipeline.support.status.not_eligible': { vi: 'Chưa đủ điều kiện', en: 'Not eligible' },
  'pipeline.support.status.referred_to_bank': { vi: 'Đã giới thiệu tới ngân hàng', en: 'Referred to the bank' },
  'pipeline.support.status.granted': { vi: 'Đã được vay', en: 'Granted' },
  'pipeline.support.status.refused': { vi: 'Ngân hàng từ chối', en: 'Refused by the bank' },
  'pipeline.support.status.done': { vi: 'Đã xong', en: 'Done' },
  'pipeline.support.amount': { vi: 'Số tiền được vay: {amount}', en: 'Amount granted: {amount}' },

  'pipeline.contract.indefinite': { vi: 'Hợp đồng không xác định thời hạn', en: 'Open-ended contract' },
  'pipeline.contract.fixed_term': { vi: 'Hợp đồng xác định thời hạn', en: 'Fixed-term contract' },
  'pipeline.contract.seasonal': { vi: 'Thời vụ', en: 'Seasonal' },
  'pipeline.contract.probation': { vi: 'Thử việc', en: 'Probation' },

  'pipeline.caseStatus.active': { vi: 'Đang tìm việc', en: 'Looking for work' },
  'pipeline.caseStatus.placed': { vi: 'Đã có việc làm', en: 'In work' },
  'pipeline.caseStatus.closed': { vi: 'Đã đóng hồ sơ', en: 'Case closed' },

  // ── Statuses in plain words, as the person reads them ──
  'pipeline.me.status.suggested': { vi: 'Cán bộ tư vấn gợi ý việc này cho bạn', en: 'Your counsellor suggested this job to you' },
  'pipeline.me.status.requested': {
    vi: 'Bạn đã ứng tuyển; cán bộ tư vấn sẽ giới thiệu bạn với nhà tuyển dụng',
    en: 'You applied; your counsellor will introduce you to the employer',
  },
  'pipeline.me.status.introduction_requested': {
    vi: 'Nhà tuyển dụng quan tâm đến hồ sơ của bạn',
    en: 'The employer is interested in your profile',
  },
  'pipeline.me.status.referred': { vi: 'Đã giới thiệu tới nhà tuyển dụng', en: 'Introduced to the employer' },
  'pipeline.me.status.interview_scheduled': { vi: 'Có lịch phỏng vấn ngày {date}', en: 'Interview on {date}' },
  'pipeline.me.status.offered': { vi: 'Nhà tuyển dụng mời bạn nhận việc', en: 'The employer offered you the job' },
  'pipeline.me.status.hired': { vi: 'Bạn đã được nhận vào làm', en: 'You got the job' },
  'pipeline.me.status.hiredFrom': { vi: 'Bạn đã được nhận vào làm từ ngày {date}', en: 'You got the job, starting on {date}' },
  'pipeline.me.status.not_hired': { vi: 'Lần này nhà tuyển dụng chưa nhận', en: 'The employer did not take you on this time' },
  'pipeline.me.status.withdrawn': { vi: 'Đã dừng ứng tuyển việc này', en: 'You are no longer applying for this job' },
  'pipeline.me.enrolment.applied': { vi: 'Bạn đã đăng ký học; đang chờ xếp lớp', en: 'You applied; waiting for a place on the course' },
  'pipeline.me.enrolment.enrolled': { vi: 'Bạn đã được nhận vào học', en: 'You have a place on the course' },
  'pipeline.me.enrolment.completed': { vi: 'Bạn đã học xong khóa này', en: 'You completed the course' },
  'pipeline.me.enrolment.certified': { vi: 'Bạn đã được cấp chứng chỉ', en: 'You received the certificate' },
  'pipeline.me.enrolment.dropped_out': { vi: 'Bạn đã thôi học khóa này', en: 'You left this course' },

  // ── Consent: the exact words shown are what is recorded ──
  'pipeline.consent.referralWording': {
    vi: 'Tôi đồng ý để Trung tâm Dịch vụ việc làm gửi họ tên và số điện thoại của tôi cho {employer} để ứng tuyển vị trí “{job}”.',
    en: 'I agree that the job centre sends my name and phone number to {employer} for the position “{job}”.',
  },
  'pipeline.consent.applyWording': {
    vi: 'Khi bấm “Ứng tuyển”, bạn đồng ý để {employer} thấy họ tên và số điện thoại của bạn cho vị trí “{job}”.',
    en: 'By pressing “Apply”, you agree that {employer} sees your name and phone number for the position “{job}”.',
  },

  // ── Buttons and fields ──
  'pipeline.action.suggest': { vi: 'Gợi ý việc này', en: 'Suggest this job' },
  'pipeline.action.refer': { vi: 'Giới thiệu tới nhà tuyển dụng', en: 'Refer to the employer' },
  'pipeline.action.interview': { vi: 'Hẹn phỏng vấn', en: 'Schedule the interview' },
  'pipeline.action.offer': { vi: 'Mời nhận việc', en: 'Offer the job' },
  'pipeline.action.hire': { vi: 'Ghi nhận đã tuyển', en: 'Record the hire' },
  'pipeline.action.notHired': { vi: 'Ghi nhận không tuyển', en: 'Record not hired' },
  'pipeline.action.withdraw': { vi: 'Dừng ứng tuyển', en: 'Withdraw' },
  'pipeline.action.apply': { vi: 'Ứng tuyển', en: 'Apply' },
  'pipeline.action.applyTraining': { vi: 'Đăng ký học', en: 'Apply for the course' },
  'pipeline.action.followUp': { vi: 'Ghi nhận', en: 'Record' },
  'pipeline.action.openSupport': { vi: 'Ghi nhận nhu cầu', en: 'Record the need' },
  'pipeline.enrolment.action.applied': { vi: 'Đăng ký học', en: 'Apply' },
  'pipeline.enrolment.action.enrolled': { vi: 'Xếp vào lớp', en: 'Enrol (takes a seat)' },
  'pipeline.enrolment.action.completed': { vi: 'Đã học xong', en: 'Completed' },
  'pipeline.enrolment.action.certified': { vi: 'Đã có chứng chỉ', en: 'Certified' },
  'pipeline.enrolment.action.dropped_out': { vi: 'Thôi học', en: 'Dropped out' },
  'pipeline.support.action.needed': { vi: 'Cần hỗ trợ', en: 'Needed' },
  'pipeline.support.action.eligible': { vi: 'Đủ điều kiện', en: 'Eligible' },
  'pipeline.support.action.not_eligible': { vi: 'Chưa đủ điều kiện', en: 'Not eligible' },
  'pipeline.support.action.referred_to_bank': { vi: 'Giới thiệu tới ngân hàng', en: 'Refer to the bank' },
  'pipeline.support.action.granted': { vi: 'Được vay', en: 'Granted' },
  'pipeline.support.action.refused': { vi: 'Ngân hàng từ chối', en: 'Refused' },
  'pipeline.support.action.done': { vi: 'Đã xong', en: 'Done' },

  'pipeline.field.interviewAt': { vi: 'Ngày giờ phỏng vấn', en: 'Interview date and time' },
  'pipeline.field.startDate': { vi: 'Ngày bắt đầu làm', en: 'Start date' },
  'pipeline.field.wageVnd': { vi: 'Lương (đồng/tháng)', en: 'Wage (VND per month)' },
  'pipeline.field.contractType': { vi: 'Loại hợp đồng', en: 'Contract' },
  'pipeline.field.notHiredReason': { vi: 'Lý do không tuyển', en: 'Why not hired' },
  'pipeline.field.notHiredReasonHint': {
    vi: 'Ngắn gọn, về công việc (ví dụ: chưa đủ tay nghề hàn). Cán bộ tư vấn và ứng viên sẽ đọc.',
    en: 'Briefly, about the work (e.g. welding not yet at the level needed). The counsellor and the candidate will read it.',
  },
  'pipeline.field.withdrawReason': { vi: 'Lý do (không bắt buộc)', en: 'Reason (optional)' },
  'pipeline.field.jobRef': { vi: 'Mã hoặc đường dẫn tin tuyển dụng', en: 'Job id or link' },
  'pipeline.field.jobRefHint': {
    vi: 'Dán đường dẫn trang việc làm (…/jobs/…) hoặc chọn việc từ trang gợi ý.',
    en: 'Paste the job page’s link (…/jobs/…) or choose a job from the suggestions page.',
  },
  'pipeline.field.trainingRef': { vi: 'Mã hoặc đường dẫn khóa học', en: 'Course id or link' },
  'pipeline.field.trainingRefHint': {
    vi: 'Dán đường dẫn trang khóa học (…/training/…).',
    en: 'Paste the course page’s link (…/training/…).',
  },
  'pipeline.field.consentNowHint': {
    vi: 'Đánh dấu khi người lao động đã nghe câu trên và đồng ý; hồ sơ được giới thiệu ngay.',
    en: 'Tick when the person has heard the words above and agreed; they are referred at once.',
  },
  'pipeline.field.note': { vi: 'Ghi chú', en: 'Note' },
  'pipeline.field.endedOn': { vi: 'Nghỉ việc từ ngày (khi đã nghỉ)', en: 'Left on (when no longer working there)' },
  'pipeline.field.amountVnd': { vi: 'Số tiền được vay (đồng)', en: 'Amount granted (VND)' },
  'pipeline.field.supportKind': { vi: 'Loại hỗ trợ', en: 'Kind of support' },

  // ── Success messages ──
  'pipeline.done.suggested': { vi: 'Đã gợi ý việc “{job}”.', en: 'Suggested the job “{job}”.' },
  'pipeline.done.referredNow': { vi: 'Đã giới thiệu tới {employer} cho việc “{job}”.', en: 'Referred to {employer} for “{job}”.' },
  'pipeline.done.referred': { vi: 'Đã giới thiệu tới nhà tuyển dụng.', en: 'Referred to the employer.' },
  'pipeline.done.interview_scheduled': { vi: 'Đã ghi lịch phỏng vấn.', en: 'Interview scheduled.' },
  'pipeline.done.offered': { vi: 'Đã ghi nhận lời mời nhận việc.', en: 'Offer recorded.' },
  'pipeline.done.hired': { vi: 'Đã ghi nhận tuyển dụng.', en: 'Hire recorded.' },
  'pipeline.done.not_hired': { vi: 'Đã ghi nhận không tuyển.', en: 'Recorded as not hired.' },
  'pipeline.done.withdrawn': { vi: 'Đã dừng ứng tuyển.', en: 'Withdrawn.' },
  'pipeline.done.introductionRequested': {
    vi: 'Đã gửi đề nghị giới thiệu. Cán bộ tư vấn sẽ hỏi ý kiến ứng viên; họ tên chỉ hiện khi ứng viên đồng ý.',
    en: 'Introduction requested. The counsellor will ask the candidate; the name appears only if they agree.',
  },
  'pipeline.done.applied': {
    vi: 'Bạn đã ứng tuyển việc “{job}”. Cán bộ tư vấn sẽ liên hệ với bạn.',
    en: 'You applied for “{job}”. Your counsellor will contact you.',
  },
  'pipeline.done.trainingApplied': { vi: 'Đã đăng ký khóa “{title}”.', en: 'Applied for the course “{title}”.' },
  'pipeline.done.followUp': { vi: 'Đã ghi nhận theo dõi sau {month} tháng.', en: 'Follow-up at {month} months recorded.' },
  'pipeline.done.enrolment': { vi: 'Đã cập nhật khóa học: {status}.', en: 'Course updated: {status}.' },
  'pipeline.done.supportOpened': { vi: 'Đã ghi nhận nhu cầu hỗ trợ.', en: 'Support need recorded.' },
  'pipeline.done.support': { vi: 'Đã cập nhật hỗ trợ: {status}.', en: 'Support updated: {status}.' },

  // ── Conflicts: what the step needs ──
  'pipeline.conflict.referral.exists': {
    vi: 'Người này đã có hồ sơ cho việc làm này; hãy tiếp tục từ hồ sơ đó.',
    en: 'This person already has a referral for this job; carry on from that one.',
  },
  'pipeline.conflict.referral.alreadyApplied': { vi: 'Bạn đã ứng tuyển việc này rồi.', en: 'You have already applied for this job.' },
  'pipeline.conflict.referral.referred': {
    vi: 'Chỉ giới thiệu được khi việc đang ở bước gợi ý, tự ứng tuyển hoặc doanh nghiệp đề nghị giới thiệu.',
    en: 'A referral can only be made from a suggestion, an application or an introduction request.',
  },
  'pipeline.conflict.referral.interview_scheduled': {
    vi: 'Chỉ hẹn phỏng vấn sau khi ứng viên đã được giới thiệu (đã đồng ý) và khi chưa có kết quả.',
    en: 'An interview can only be scheduled once the candidate has been referred (with consent) and before an outcome.',
  },
  'pipeline.conflict.referral.offered': {
    vi: 'Chỉ mời nhận việc sau khi ứng viên đã được giới thiệu hoặc phỏng vấn, và khi chưa có kết quả.',
    en: 'A job can only be offered after a referral or an interview, and before an outcome.',
  },
  'pipeline.conflict.referral.hired': {
    vi: 'Chỉ ghi nhận đã tuyển sau khi đã mời nhận việc (và chưa có kết quả khác).',
    en: 'A hire can only be recorded after an offer (and no other outcome).',
  },
  'pipeline.conflict.referral.not_hired': {
    vi: 'Việc này đã có kết quả hoặc chưa được giới thiệu, nên không ghi nhận “không tuyển” được.',
    en: 'This referral already has an outcome or has not been referred yet, so it cannot be marked not hired.',
  },
  'pipeline.conflict.referral.withdrawn': {
    vi: 'Việc này đã có kết quả, không dừng được nữa.',
    en: 'This referral already has an outcome and can no longer be withdrawn.',
  },
  'pipeline.conflict.followUp.ended': {
    vi: 'Người lao động đã nghỉ công việc này; không cần theo dõi thêm.',
    en: 'The person has left this job; no more follow-ups are needed.',
  },
  'pipeline.conflict.followUp.notDue': {
    vi: 'Chưa đến hạn theo dõi mốc này (tính từ ngày bắt đầu làm).',
    en: 'This follow-up is not due yet (counted from the start date).',
  },
  'pipeline.conflict.followUp.recorded': { vi: 'Mốc theo dõi này đã được ghi nhận.', en: 'This follow-up has already been recorded.' },
  'pipeline.conflict.enrolment.exists': {
    vi: 'Người này đã đăng ký khóa học này rồi.',
    en: 'This person has already applied for this course.',
  },
  'pipeline.conflict.enrolment.notStarted': {
    vi: 'Khóa học chưa bắt đầu: chỉ ghi nhận học xong hoặc cấp chứng chỉ từ ngày khai giảng.',
    en: 'The course has not started yet: completion or a certificate can be recorded from its start date.',
  },
  'pipeline.conflict.enrolment.noSeats': {
    vi: 'Khóa học đã hết chỗ: người khác vừa nhận chỗ cuối cùng.',
    en: 'The course is full: the last seat has just been taken.',
  },
  'pipeline.conflict.enrolment.enrolled': {
    vi: 'Chỉ xếp vào lớp khi người này đang ở bước đăng ký.',
    en: 'Only an applicant can be enrolled.',
  },
  'pipeline.conflict.enrolment.completed': {
    vi: 'Chỉ ghi nhận học xong khi người này đang học.',
    en: 'Only someone enrolled can complete the course.',
  },
  'pipeline.conflict.enrolment.certified': {
    vi: 'Chỉ ghi nhận chứng chỉ sau khi đã học xong.',
    en: 'A certificate can only be recorded after completing the course.',
  },
  'pipeline.conflict.enrolment.dropped_out': {
    vi: 'Chỉ ghi nhận thôi học khi người này đang đăng ký hoặc đang học.',
    en: 'Only an applicant or someone enrolled can drop out.',
  },
  'pipeline.conflict.support.open': {
    vi: 'Người này đang có một hồ sơ hỗ trợ loại này chưa xong.',
    en: 'This person already has an open case of this kind.',
  },
  'pipeline.conflict.support.eligible': {
    vi: 'Chỉ đánh giá điều kiện vay khi hồ sơ đang ở bước cần hỗ trợ.',
    en: 'Eligibility can only be decided while the need is open.',
  },
  'pipeline.conflict.support.referred_to_bank': {
    vi: 'Chỉ giới thiệu tới ngân hàng khi người này đủ điều kiện vay.',
    en: 'Only an eligible person can be referred to the bank.',
  },
  'pipeline.conflict.support.decided': {
    vi: 'Chỉ ghi nhận kết quả vay sau khi đã giới thiệu tới ngân hàng.',
    en: 'The bank’s decision can only be recorded after the referral to the bank.',
  },
  'pipeline.conflict.support.done': { vi: 'Hồ sơ trợ giúp này đã xong.', en: 'This case is already done.' },
  'pipeline.conflict.support.kind': {
    vi: 'Trạng thái này không dùng cho loại hỗ trợ này.',
    en: 'This status does not apply to this kind of support.',
  },

  'pipeline.job.notFound': { vi: 'Không tìm thấy việc làm này.', en: 'This job was not found.' },
  'pipeline.job.notOpen': {
    vi: 'Việc làm này hiện không nhận hồ sơ (chưa đăng, đã đóng hoặc đã hết hạn).',
    en: 'This job is not taking applications now (not published, closed or past its closing date).',
  },
  'pipeline.training.notFound': { vi: 'Không tìm thấy khóa học này.', en: 'This course was not found.' },
  'pipeline.training.notOpen': {
    vi: 'Khóa học này hiện không nhận đăng ký.',
    en: 'This course is not taking applications now.',
  },
  'pipeline.card.notFound': {
    vi: 'Ứng viên này hiện không chia sẻ hồ sơ với doanh nghiệp.',
    en: 'This candidate is not sharing a profile with employers now.',
  },
  'pipeline.me.noRecord': {
    vi: 'Tài khoản của bạn chưa được nối với hồ sơ tư vấn. Hãy liên hệ cán bộ tư vấn của Trung tâm Dịch vụ việc làm để được hỗ trợ.',
    en: 'Your account is not linked to a case yet. Please contact your counsellor at the job centre.',
  },

  // ── Field messages ──
  'pipeline.validation.status': { vi: 'Hãy chọn một bước hợp lệ.', en: 'Choose a valid step.' },
  'pipeline.validation.jobId': { vi: 'Hãy nhập mã hoặc đường dẫn của một việc làm.', en: 'Enter a job’s id or link.' },
  'pipeline.validation.trainingSlotId': { vi: 'Hãy nhập mã hoặc đường dẫn của một khóa học.', en: 'Enter a course’s id or link.' },
  'pipeline.validation.returneeId': { vi: 'Hãy chọn một người lao động.', en: 'Choose a person.' },
  'pipeline.validation.consentRequired': {
    vi: 'Cần người lao động đồng ý (đọc cho họ nghe câu trên) trước khi giới thiệu.',
    en: 'The person must agree (read them the words above) before the referral.',
  },
  'pipeline.validation.interviewAt': { vi: 'Hãy nhập ngày và giờ phỏng vấn.', en: 'Enter the interview’s date and time.' },
  'pipeline.validation.startDate': { vi: 'Hãy nhập ngày bắt đầu làm (ngày/tháng/năm).', en: 'Enter the start date.' },
  'pipeline.validation.startBeforeRelease': {
    vi: 'Ngày bắt đầu làm không thể trước ngày người lao động trở về địa phương.',
    en: 'The start date cannot be before the person came home.',
  },
  'pipeline.validation.startTooFar': {
    vi: 'Ngày bắt đầu làm chỉ được ghi trước tối đa 6 tháng.',
    en: 'A start date can be at most six months ahead.',
  },
  'validation.effectiveOn.future': { vi: 'Ngày thực hiện không thể sau hôm nay.', en: 'The day it happened cannot be after today.' },
  'validation.effectiveOn.old': { vi: 'Ngày thực hiện cách đây quá 5 năm.', en: 'The day it happened is more than five years ago.' },
  'validation.effectiveOn.beforeRelease': {
    vi: 'Ngày thực hiện không thể trước ngày người lao động trở về địa phương.',
    en: 'The day it happened cannot be before the person came home.',
  },
  'validation.effectiveOn.beforeCourse': {
    vi: 'Ngày học xong hoặc cấp chứng chỉ không thể trước ngày khai giảng khóa học.',
    en: 'A course cannot be completed or certified before its start date.',
  },
  'validation.effectiveOn.beforeDue': {
    vi: 'Ngày theo dõi không thể trước ngày đến hạn của mốc này.',
    en: 'A follow-up cannot be made before its mark falls due.',
  },
  'pipeline.field.effectiveOn': { vi: 'Ngày thực hiện', en: 'Day it happened' },
  'pipeline.field.effectiveOnHint': {
    vi: 'Để trống nếu là hôm nay; ghi ngày thật khi nhập lại từ sổ sách hoặc sau phiên chợ.',
    en: 'Leave empty for today; give the real day when recording later from paper or after a fair.',
  },
  'timeline.recordedAt': { vi: 'ghi nhận {date}', en: 'recorded {date}' },
  'pipeline.validation.endedOnRequired': {
    vi: 'Hãy nhập ngày người lao động nghỉ việc (ngày đầu tiên không còn làm ở đây).',
    en: 'Enter the date the person left (the first day they no longer worked there).',
  },
  'pipeline.validation.endedBeforeConfirmed': {
    vi: 'Một lần theo dõi trước đã ghi nhận người lao động vẫn đang làm ở đây vào một mốc muộn hơn ngày này; ngày nghỉ việc phải sau ngày của mốc đó.',
    en: 'An earlier follow-up found the person still working there at a later mark; the date they left must be after that mark’s date.',
  },
  'pipeline.validation.endedOn': {
    vi: 'Ngày nghỉ việc phải từ ngày bắt đầu làm đến hôm nay.',
    en: 'The date they left must be between the start date and today.',
  },
  'pipeline.validation.wage': {
    vi: 'Hãy nhập lương tháng bằng đồng (từ 100.000 đến 1.000.000.000).',
    en: 'Enter the monthly wage in VND (100,000 to 1,000,000,000).',
  },
  'pipeline.validation.contractType': { vi: 'Hãy chọn loại hợp đồng.', en: 'Choose the contract type.' },
  'pipeline.validation.reason': { vi: 'Hãy ghi lý do (3–500 ký tự).', en: 'Give the reason (3–500 characters).' },
  'pipeline.validation.reasonTooLong': { vi: 'Lý do dài quá 500 ký tự.', en: 'The reason is longer than 500 characters.' },
  'pipeline.validation.noteTooLong': { vi: 'Ghi chú dài quá 500 ký tự.', en: 'The note is longer than 500 characters.' },
  'pipeline.validation.neutralWords': {
    vi: 'Hãy viết về công việc và kỹ năng; không nhắc đến quá khứ của ứng viên.',
    en: 'Write about the work and skills; do not mention the candidate’s past.',
  },
  'pipeline.validation.month': { vi: 'Hãy chọn mốc theo dõi 1, 3, 6 hoặc 12 tháng.', en: 'Choose the 1, 3, 6 or 12-month follow-up.' },
  'pipeline.validation.stillEmployed': {
    vi: 'Hãy chọn người lao động còn làm hay đã nghỉ.',
    en: 'Choose whether the person still works there.',
  },
  'pipeline.validation.supportKind': { vi: 'Hãy chọn loại hỗ trợ.', en: 'Choose the kind of support.' },
  'pipeline.validation.amount': {
    vi: 'Hãy nhập số tiền được vay bằng đồng (từ 1.000.000 trở lên).',
    en: 'Enter the amount granted in VND (1,000,000 or more).',
  },

  // ── The employer's board ──
  'pipeline.board.title': { vi: 'Ứng viên cho việc làm', en: 'Candidates for the job' },
  'pipeline.board.intro': {
    vi: 'Ứng viên ẩn danh chỉ hiện kỹ năng, kinh nghiệm và khu vực. Họ tên và số điện thoại hiện khi ứng viên tự ứng tuyển hoặc đồng ý được giới thiệu.',
    en: 'Anonymous candidates show skills, experience and area only. A name and phone number appear once the candidate applies or agrees to be referred.',
  },
  'pipeline.board.empty': {
    vi: 'Chưa có ứng viên nào. Hãy xem các ứng viên phù hợp và đề nghị cán bộ tư vấn giới thiệu.',
    en: 'No candidates yet. Look at matching candidates and ask the counsellor for an introduction.',
  },
  'pipeline.board.anonymous': { vi: 'Ứng viên ẩn danh {number}', en: 'Anonymous candidate {number}' },
  'pipeline.board.awaitingConsent': {
    vi: 'Cán bộ tư vấn đang hỏi ý kiến ứng viên.',
    en: 'The counsellor is asking the candidate.',
  },
  'pipeline.board.cardHidden': {
    vi: 'Ứng viên này hiện không chia sẻ hồ sơ.',
    en: 'This candidate is not sharing a profile now.',
  },
  'pipeline.board.withdrawnNote': { vi: 'Ứng viên đã dừng ứng tuyển việc này.', en: 'The candidate is no longer applying.' },
  'pipeline.board.interviewAt': { vi: 'Phỏng vấn lúc {date}', en: 'Interview at {date}' },
  'pipeline.board.placement': { vi: 'Bắt đầu làm {date} · {wage}/tháng · {contract}', en: 'Starts {date} · {wage} a month · {contract}' },
  'pipeline.board.updated': { vi: 'Cập nhật {date}', en: 'Updated {date}' },
  'pipeline.board.backToJob': { vi: '← Về tin tuyển dụng', en: '← Back to the job' },
  'pipeline.board.link': { vi: 'Ứng viên', en: 'Candidates' },

  // ── The counsellor's page of one person ──
  'pipeline.case.title': { vi: 'Việc làm, học nghề và hỗ trợ', en: 'Jobs, training and support' },
  'pipeline.case.back': { vi: '← Về hồ sơ', en: '← Back to the case' },
  'pipeline.case.caseStatus': { vi: 'Tình trạng: {status}', en: 'Status: {status}' },
  'pipeline.case.suggestTitle': { vi: 'Gợi ý hoặc giới thiệu một việc làm', en: 'Suggest or refer a job' },
  'pipeline.case.chosenJob': { vi: 'Việc đã chọn: {job} — {employer}', en: 'Chosen job: {job} — {employer}' },
  'pipeline.case.referralsTitle': { vi: 'Việc làm', en: 'Jobs' },
  'pipeline.case.noReferrals': { vi: 'Chưa có việc làm nào được gợi ý hay ứng tuyển.', en: 'No jobs suggested or applied for yet.' },
  'pipeline.case.consentGiven': {
    vi: 'Đã đồng ý chia sẻ họ tên và số điện thoại với nhà tuyển dụng này.',
    en: 'Agreed to share their name and phone number with this employer.',
  },
  'pipeline.case.endedOn': { vi: 'Đã nghỉ việc từ {date}', en: 'Left on {date}' },
  'pipeline.case.trainingTitle': { vi: 'Học nghề', en: 'Training' },
  'pipeline.case.noEnrolments': { vi: 'Chưa đăng ký khóa học nào.', en: 'No course applications yet.' },
  'pipeline.case.courseStarts': { vi: 'Khai giảng {date}', en: 'Starts {date}' },
  'pipeline.case.supportTitle': { vi: 'Vay vốn và trợ giúp pháp lý', en: 'Loans and legal help' },
  'pipeline.case.noSupport': { vi: 'Chưa có nhu cầu hỗ trợ nào được ghi nhận.', en: 'No support needs recorded yet.' },
  'pipeline.case.timelineTitle': { vi: 'Nhật ký', en: 'Timeline' },

  'pipeline.followUp.title': { vi: 'Theo dõi sau khi nhận việc', en: 'Follow-ups after the hire' },
  'pipeline.followUp.mark': { vi: 'Sau {month} tháng (đến hạn {date})', en: 'After {month} months (due {date})' },
  'pipeline.followUp.notYet': { vi: 'Chưa đến hạn', en: 'Not due yet' },
  'pipeline.followUp.question': { vi: 'Người lao động còn làm ở đây không?', en: 'Does the person still work there?' },
  'pipeline.followUp.stillEmployed': { vi: 'Vẫn đang làm', en: 'Still working there' },
  'pipeline.followUp.notEmployed': { vi: 'Đã nghỉ', en: 'No longer working there' },
  'pipeline.followUp.skipped': { vi: 'Đã có mốc sau', en: 'A later follow-up answers this one' },

  // ── The person's own page ──
  'pipeline.me.title': { vi: 'Việc làm và học nghề của tôi', en: 'My jobs and training' },
  'pipeline.me.jobsTitle': { vi: 'Việc làm', en: 'Jobs' },
  'pipeline.me.noReferrals': {
    vi: 'Bạn chưa ứng tuyển việc nào. Hãy tìm việc phù hợp và bấm “Ứng tuyển”.',
    en: 'You have not applied for any job yet. Find a job that suits you and press “Apply”.',
  },
  'pipeline.me.trainingTitle': { vi: 'Học nghề', en: 'Training' },
  'pipeline.me.noEnrolments': { vi: 'Bạn chưa đăng ký khóa học nào.', en: 'You have not applied for any course yet.' },
  'pipeline.me.since': { vi: 'Cập nhật lúc {date}', en: 'Updated {date}' },
  'pipeline.me.findJobs': { vi: 'Tìm việc làm', en: 'Find jobs' },
  'pipeline.me.findTraining': { vi: 'Tìm khóa học nghề', en: 'Find training' },
  'pipeline.me.timelineTitle': { vi: 'Những việc đã diễn ra', en: 'What has happened so far' },

  // ── The counsellor's home page ──
  'pipeline.home.dueTitle': { vi: 'Cần hỏi thăm sau khi nhận việc', en: 'Follow-ups due' },
  'pipeline.home.dueCount': { vi: 'Lượt theo dõi đến hạn', en: 'Follow-ups due' },
  'pipeline.home.dueNone': { vi: 'Không có lượt theo dõi nào đến hạn.', en: 'No follow-ups are due.' },
  'pipeline.home.dueItem': {
    vi: '{job} — {employer}: mốc {month} tháng, đến hạn {date}',
    en: '{job} — {employer}: {month}-month follow-up, due {date}',
  },
  'pipeline.home.waitingTitle': { vi: 'Chờ giới thiệu tới nhà tuyển dụng', en: 'Waiting to be referred' },
  'pipeline.home.waiting.requested': { vi: 'tự ứng tuyển “{job}” tại {employer}', en: 'applied for “{job}” at {employer}' },
  'pipeline.home.waiting.introduction_requested': {
    vi: '{employer} đề nghị giới thiệu cho việc “{job}”',
    en: '{employer} asked for an introduction for “{job}”',
  },
  'pipeline.home.dueMore': { vi: 'Còn {count} lượt khác.', en: '{count} more.' },

  // ── The timeline, one sentence per step ──
  'timeline.referral.suggested': {
    vi: 'Cán bộ tư vấn gợi ý việc “{job}” tại {employer}',
    en: 'The counsellor suggested “{job}” at {employer}',
  },
  'timeline.referral.requested': {
    vi: 'Ứng tuyển việc “{job}” tại {employer} (đồng ý chia sẻ họ tên và số điện thoại)',
    en: 'Applied for “{job}” at {employer} (agreed to share name and phone number)',
  },
  'timeline.referral.introduction_requested': {
    vi: '{employer} đề nghị được giới thiệu cho việc “{job}”',
    en: '{employer} asked for an introduction for “{job}”',
  },
  'timeline.referral.referred': {
    vi: 'Đã giới thiệu tới nhà tuyển dụng {employer} cho việc “{job}”',
    en: 'Introduced to the employer {employer} for “{job}”',
  },
  'timeline.referral.interview_scheduled': {
    vi: 'Có lịch phỏng vấn ngày {date} cho việc “{job}” tại {employer}',
    en: 'Interview on {date} for “{job}” at {employer}',
  },
  'timeline.referral.offered': { vi: '{employer} mời nhận việc “{job}”', en: '{employer} offered the job “{job}”' },
  'timeline.referral.hired': { vi: 'Được nhận vào làm “{job}” tại {employer}', en: 'Hired as “{job}” at {employer}' },
  'timeline.referral.not_hired': { vi: '{employer} không tuyển cho việc “{job}”', en: '{employer} did not hire for “{job}”' },
  'timeline.referral.withdrawn': { vi: 'Dừng ứng tuyển việc “{job}” tại {employer}', en: 'Withdrew from “{job}” at {employer}' },
  'timeline.placement.started': {
    vi: 'Bắt đầu làm tại {employer} từ {date}, lương {wage}/tháng',
    en: 'Started work at {employer} on {date}, {wage} a month',
  },
  'timeline.placement.follow_up.employed': {
    vi: 'Hỏi thăm sau {month} tháng: vẫn đang làm tại {employer}',
    en: '{month}-month follow-up: still working at {employer}',
  },
  'timeline.placement.follow_up.not_employed': {
    vi: 'Hỏi thăm sau {month} tháng: đã nghỉ làm tại {employer} từ {date}',
    en: '{month}-month follow-up: left {employer} on {date}',
  },
  'timeline.enrolment.applied': { vi: 'Đăng ký học “{title}” tại {provider}', en: 'Applied for the course “{title}” at {provider}' },
  'timeline.enrolment.enrolled': { vi: 'Được nhận vào học “{title}”', en: 'Enrolled on “{title}”' },
  'timeline.enrolment.completed': { vi: 'Học xong khóa “{title}”', en: 'Completed “{title}”' },
  'timeline.enrolment.certified': { vi: 'Được cấp chứng chỉ khóa “{title}”', en: 'Certified in “{title}”' },
  'timeline.enrolment.dropped_out': { vi: 'Thôi học khóa “{title}”', en: 'Left the course “{title}”' },
  'timeline.loan.needed': { vi: 'Cần hỗ trợ vay vốn ưu đãi', en: 'Needs a preferential loan' },
  'timeline.loan.eligible': { vi: 'Đủ điều kiện vay vốn ưu đãi', en: 'Eligible for a preferential loan' },
  'timeline.loan.not_eligible': { vi: 'Chưa đủ điều kiện vay vốn ưu đãi', en: 'Not eligible for a preferential loan' },
  'timeline.loan.referred_to_bank': {
    vi: 'Đã giới thiệu tới Ngân hàng Chính sách xã hội',
    en: 'Referred to the Vietnam Bank for Social Policies',
  },
  'timeline.loan.granted': { vi: 'Được vay {amount}', en: 'Loan granted: {amount}' },
  'timeline.loan.refused': { vi: 'Ngân hàng không cho vay', en: 'The bank refused the loan' },
  'timeline.legal.needed': { vi: 'Cần trợ giúp pháp lý, giấy tờ', en: 'Needs legal help or papers' },
  'timeline.legal.done': { vi: 'Đã xong trợ giúp pháp lý, giấy tờ', en: 'Legal help or papers done' },
  'timeline.other': { vi: 'Cập nhật hồ sơ ({kind})', en: 'Case update ({kind})' },
  'timeline.reason': { vi: 'Lý do: {reason}', en: 'Reason: {reason}' },
  'pipeline.timeline.empty': { vi: 'Chưa có bước nào.', en: 'Nothing yet.' },
} as const satisfies Record<string, { vi: string; en: string }>;
