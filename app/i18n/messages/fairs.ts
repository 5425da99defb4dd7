// Messages of the live fairs ("Phiên chợ của tình người"): the door, the queues, the booths.
// Neutral words only: a person may read them on a phone beside others, and the board is projected.
export const fairMessages = {
  'fair.notFound': { vi: 'Không tìm thấy phiên chợ việc làm này.', en: 'This job fair was not found.' },
  'fair.ticket.notFound': {
    vi: 'Không có vé nào mang mã này ở phiên chợ này. Hãy xem lại mã trên vé.',
    en: 'No ticket with this code at this fair. Please check the code on the ticket.',
  },
  'fair.checkIn.already': { vi: 'Vé này đã được xác nhận vào cửa rồi.', en: 'This ticket has already been checked in.' },
  'fair.checkIn.closed': {
    vi: 'Phiên chợ chưa mở cửa hoặc đã kết thúc, nên chưa thể xác nhận vào cửa.',
    en: 'The fair is not open (or has ended), so no one can be checked in now.',
  },
  'fair.booth.notFound': { vi: 'Không có gian hàng này ở phiên chợ.', en: 'There is no such booth at this fair.' },
  'fair.booth.notStaff': {
    vi: 'Bạn không có tên trong danh sách người trực gian hàng này.',
    en: 'You are not named among the staff of this booth.',
  },
  'fair.booth.full': {
    vi: 'Gian hàng đang tiếp đủ 4 người. Hãy hoàn tất một lượt trước khi mời người tiếp theo.',
    en: 'The booth is seeing 4 people already. Finish with one before calling the next.',
  },
  'fair.calling.closed': {
    vi: 'Phiên chợ đang tạm dừng hoặc chưa bắt đầu, nên chưa mời người tiếp theo được.',
    en: 'The fair is paused or not started, so no one can be called now.',
  },
  'fair.queue.closed': {
    vi: 'Phiên chợ chưa bắt đầu hoặc đã kết thúc, nên chưa xếp hàng được.',
    en: 'The fair has not started or has ended, so queues are closed.',
  },
  'fair.queue.notCheckedIn': {
    vi: 'Hãy xác nhận vào cửa (đưa mã vé ở bàn đón tiếp) trước khi xếp hàng.',
    en: 'Please check in at the door (show your ticket code) before joining a queue.',
  },
  'fair.queue.already': { vi: 'Bạn đã có chỗ trong hàng của gian hàng này.', en: 'You already have a place in this booth’s queue.' },
  'fair.queue.tooMany': {
    vi: 'Mỗi người xếp tối đa 3 hàng cùng lúc. Hãy rời một hàng trước khi xếp hàng mới.',
    en: 'One person can be in at most 3 queues at once. Leave one before joining another.',
  },
  'fair.queue.notWaiting': {
    vi: 'Chỗ này không còn trong hàng chờ (đang được tiếp hoặc đã xong).',
    en: 'This place is no longer waiting (being seen, or finished).',
  },
  'fair.place.notFound': { vi: 'Không tìm thấy chỗ xếp hàng này.', en: 'This place in a queue was not found.' },
  'fair.validation.booth': { vi: 'Chưa chọn gian hàng.', en: 'No booth chosen.' },
  'fair.validation.ticket': { vi: 'Chưa chọn vé.', en: 'No ticket chosen.' },
  'fair.validation.queuePlace': { vi: 'Chưa chọn chỗ xếp hàng.', en: 'No place in a queue chosen.' },
  'fair.status.move': {
    vi: 'Phiên chợ không chuyển được sang trạng thái này từ trạng thái hiện tại.',
    en: 'The fair cannot move to that state from where it is now.',
  },
  'fair.registration.closed': {
    vi: 'Phiên chợ chưa mở đăng ký hoặc đã kết thúc.',
    en: 'Registration for this fair is not open (or the fair has ended).',
  },
  'fair.registration.already': { vi: 'Người này đã có vé dự phiên chợ.', en: 'This person already has a ticket to the fair.' },
  'fair.validation.name': { vi: 'Tên phiên chợ dài 3–150 ký tự.', en: 'The fair’s name is 3–150 characters.' },
  'fair.validation.kind': {
    vi: 'Chọn loại phiên chợ: định kỳ, lưu động, chuyên đề hoặc trực tuyến.',
    en: 'Choose the kind of fair: periodic, mobile, thematic or online.',
  },
  'fair.validation.place': {
    vi: 'Chọn xã/phường nơi tổ chức (phiên chợ trực tuyến thì không cần).',
    en: 'Choose the commune where it takes place (not needed for an online fair).',
  },
  'fair.validation.venue': { vi: 'Địa chỉ tối đa 300 ký tự.', en: 'The address is at most 300 characters.' },
  'fair.validation.time': {
    vi: 'Ngày giờ theo dạng 2026-12-12T08:00.',
    en: 'A date and time like 2026-12-12T08:00.',
  },
  'fair.validation.hours': { vi: 'Giờ kết thúc phải sau giờ bắt đầu.', en: 'The end must be after the start.' },
  'fair.validation.capacity': {
    vi: 'Số người tối đa là số nguyên từ 1 đến 100.000 (để trống nếu không giới hạn).',
    en: 'Capacity is a whole number from 1 to 100,000 (leave empty for no limit).',
  },
  'fair.validation.status': { vi: 'Trạng thái phiên chợ không hợp lệ.', en: 'Unknown fair state.' },
  'fair.validation.person': { vi: 'Chưa chọn người đăng ký.', en: 'No person chosen.' },
  'fair.booth.unverified': {
    vi: 'Chỉ mời được doanh nghiệp, cơ sở đào tạo đã được xác minh.',
    en: 'Only verified employers and training providers can be invited.',
  },
  'fair.booth.already': { vi: 'Đơn vị này đã được mời tham gia phiên chợ.', en: 'This organisation is already invited to the fair.' },
  'fair.ended': { vi: 'Phiên chợ đã kết thúc.', en: 'The fair has ended.' },
  'fair.validation.organisation': { vi: 'Chưa chọn doanh nghiệp hoặc cơ sở đào tạo.', en: 'No organisation chosen.' },
  'fair.validation.staff': {
    vi: 'Chọn ít nhất một người của đơn vị để trực gian hàng.',
    en: 'Choose at least one person of the organisation to staff the booth.',
  },
  'fair.validation.staffNotMember': {
    vi: 'Người trực gian hàng phải là thành viên của đơn vị.',
    en: 'Booth staff must be members of the organisation.',
  },
  'fair.validation.postings': {
    vi: 'Chỉ chọn được tin tuyển dụng, khóa học đang mở của đơn vị mình.',
    en: 'Choose only your organisation’s open jobs and courses.',
  },
  'fair.validation.callLink': {
    vi: 'Đường dẫn cuộc gọi phải bắt đầu bằng https://',
    en: 'The call link must start with https://',
  },
  'fair.place.notCalled': { vi: 'Người này chưa được mời vào bàn.', en: 'This person has not been called to a desk.' },
  'fair.place.notAtDesk': { vi: 'Người này không còn ở bàn.', en: 'This person is no longer at a desk.' },
  'fair.noShow.tooEarly': {
    vi: 'Hãy chờ hết thời gian chờ sau khi mời rồi mới ghi là không đến.',
    en: 'Wait for the grace time after the call before marking someone as not coming.',
  },
  'fair.validation.outcome': {
    vi: 'Chọn kết quả: chưa phù hợp, hẹn phỏng vấn lần hai, đã đề nghị việc, nhận việc ngay hoặc nhận vào học.',
    en: 'Choose the outcome: not suitable, second interview, offer made, hired on the spot or enrolled.',
  },
  'fair.validation.neutral': {
    vi: 'Hãy dùng từ ngữ trung lập, không nhắc đến quá khứ của người tham dự: nội dung này hiện trên bảng công khai và các trang mọi người xem.',
    en: 'Use neutral words that do not mention anyone’s past: this shows on the public board and pages everyone sees.',
  },
  'fair.validation.announcement': { vi: 'Thông báo dài 3–300 ký tự.', en: 'An announcement is 3–300 characters.' },
  'fair.validation.fair': { vi: 'Chưa chọn phiên chợ việc làm.', en: 'No job fair chosen.' },
  'fair.validation.code': {
    vi: 'Mã vé gồm 4–12 chữ cái hoặc chữ số, in trên vé.',
    en: 'A ticket code is 4–12 letters or digits, printed on the ticket.',
  },
  'fair.validation.idempotencyKey': {
    vi: 'Thiếu mã yêu cầu (8–100 ký tự) để tránh làm một việc hai lần.',
    en: 'A request key (8–100 characters) is needed so nothing is done twice.',
  },
  // ── Joining is applying (the job or course chosen at the booth, the consent shown) ──
  'fair.queue.noPostings': {
    vi: 'Gian hàng này chưa giới thiệu việc làm hay khóa học nào, nên chưa xếp hàng được.',
    en: 'This booth shows no job or course yet, so its queue cannot be joined.',
  },
  'fair.validation.posting': { vi: 'Việc làm hoặc khóa học đã chọn không hợp lệ.', en: 'The job or course chosen is not valid.' },
  'fair.validation.postingRequired': {
    vi: 'Chọn việc làm hoặc khóa học muốn ứng tuyển ở gian hàng này.',
    en: 'Choose the job or course at this booth you are applying for.',
  },
  'fair.validation.postingOne': {
    vi: 'Mỗi lần xếp hàng chỉ chọn một việc làm hoặc một khóa học.',
    en: 'Choose one job or one course per place.',
  },
  'fair.validation.postingNotShown': {
    vi: 'Gian hàng này không giới thiệu việc làm hay khóa học đã chọn.',
    en: 'This booth does not show the job or course chosen.',
  },
  'fair.validation.consentWording': {
    vi: 'Lời đồng ý hiển thị không còn đúng. Hãy tải lại trang, đọc lại lời đồng ý rồi xếp hàng.',
    en: 'The consent shown is out of date. Reload, read the consent again, then join.',
  },
  'fair.queue.referralEnded': {
    vi: 'Người này đã có kết quả ứng tuyển cho việc làm này. Hãy chọn việc khác.',
    en: 'This person already has an outcome for this job. Choose another job.',
  },
  'fair.queue.withdrawn': {
    vi: 'Người này đã dừng ứng tuyển việc này; chỉ chính họ (hoặc bàn đón tiếp, khi họ có mặt) mới ứng tuyển lại được.',
    en: 'This person withdrew from this job; only they (or the door, with them there) can apply again.',
  },
  'fair.queue.enrolmentEnded': {
    vi: 'Người này đã học xong hoặc đã thôi khóa học này. Hãy chọn khóa khác.',
    en: 'This person has finished or left this course. Choose another course.',
  },
  // ── Outcomes moving the pipeline ──
  'fair.validation.outcomeEnrolledAtJob': {
    vi: 'Người này xếp hàng cho một việc làm: chọn chưa phù hợp, hẹn phỏng vấn lần hai, đã đề nghị việc hoặc nhận việc ngay.',
    en: 'This person queued for a job: choose not suitable, second interview, offer made or hired on the spot.',
  },
  'fair.validation.outcomeJobAtCourse': {
    vi: 'Người này xếp hàng cho một khóa học: chọn chưa phù hợp, hẹn gặp lại hoặc nhận vào học.',
    en: 'This person queued for a course: choose not suitable, meet again, or enrolled.',
  },
  'fair.outcome.notSuitableReason': {
    vi: 'Chưa phù hợp với vị trí này (trao đổi tại phiên chợ việc làm).',
    en: 'Not a fit for this position (talked at the job fair).',
  },
  // ── After the fair: the summary and its downloads (staff pages and files) ──
  'fair.summary.title': { vi: 'Tổng kết phiên chợ', en: 'Fair summary' },
  'fair.summary.intro': {
    vi: 'Số liệu của phiên chợ, theo từng gian hàng. Mọi kết quả đã được ghi vào quá trình giới thiệu việc làm và học nghề của từng người.',
    en: 'The fair’s figures, booth by booth. Every outcome is already recorded in each person’s referrals and enrolments.',
  },
  'fair.summary.registered': { vi: 'Đã đăng ký', en: 'Registered' },
  'fair.summary.checkedIn': { vi: 'Đã vào cửa', en: 'Checked in' },
  'fair.summary.walkIns': { vi: 'Đăng ký tại cửa', en: 'Walk-ins' },
  'fair.summary.booth': { vi: 'Gian số', en: 'Booth' },
  'fair.summary.organisation': { vi: 'Đơn vị', en: 'Organisation' },
  'fair.summary.visitors': { vi: 'Người xếp hàng', en: 'Visitors' },
  'fair.summary.interviews': { vi: 'Đã phỏng vấn', en: 'Interviews' },
  'fair.summary.offers': { vi: 'Được đề nghị việc', en: 'Offers' },
  'fair.summary.hires': { vi: 'Nhận việc', en: 'Hires' },
  'fair.summary.enrolments': { vi: 'Nhận vào học', en: 'Enrolments' },
  'fair.summary.noShows': { vi: 'Không đến khi được mời', en: 'No-shows' },
  'fair.summary.left': { vi: 'Rời hàng', en: 'Left the queue' },
  'fair.summary.averageWait': { vi: 'Chờ trung bình (phút)', en: 'Average wait (min)' },
  'fair.summary.p90Wait': { vi: 'Chờ P90 (phút)', en: 'P90 wait (min)' },
  'fair.summary.estimateError': { vi: 'Sai số ước tính trung bình (phút)', en: 'Estimate mean error (min)' },
  'fair.summary.estimateWithin': { vi: 'Ước tính đúng trong ±5 phút (%)', en: 'Estimates within ±5 min (%)' },
  'fair.summary.total': { vi: 'Cả phiên chợ', en: 'Whole fair' },
  'fair.summary.fair': { vi: 'Phiên chợ', en: 'Fair' },
  'fair.summary.date': { vi: 'Thời gian', en: 'When' },
  'fair.summary.overviewSheet': { vi: 'Tổng quan', en: 'Overview' },
  'fair.summary.boothsSheet': { vi: 'Gian hàng', en: 'Booths' },
  'fair.summary.none': { vi: '—', en: '—' },
  'fair.summary.waitNote': {
    vi: 'Thời gian chờ tính từ lúc xếp hàng đến lúc được mời. P90: 9 trên 10 người được mời sau không quá chừng ấy phút. Sai số ước tính so thời gian chờ báo lúc xếp hàng với thời gian chờ thật, ở những người đã được mời.',
    en: 'Waits run from joining the queue to being called. P90: 9 in 10 people were called within that many minutes. The estimate error compares the wait each person was told on joining with their real wait, over the people who were called.',
  },
  'fair.summary.downloadCsv': { vi: 'Tải về CSV', en: 'Download CSV' },
  'fair.summary.downloadXlsx': { vi: 'Tải về Excel (XLSX)', en: 'Download Excel (XLSX)' },
  'fair.summary.noBooths': { vi: 'Phiên chợ chưa có gian hàng nào.', en: 'The fair has no booths.' },
} as const;
