// Messages of the matching area (issue 4): the parts of a score, the reasons behind them and what
// is missing, the suggestion pages and the candidate cards. Neutral words only: employers read
// some of these, so none may label a person's past (tests check every text with findPastLabel).
export const matchingMessages = {
  'validation.match.limit': {
    vi: 'Số kết quả phải là số nguyên, tối đa 50 việc làm hoặc 100 ứng viên.',
    en: 'The number of results must be a whole number: at most 50 jobs or 100 candidates.',
  },

  // Parts of a score
  'match.part.skills': { vi: 'Kỹ năng', en: 'Skills' },
  'match.part.wish': { vi: 'Mong muốn', en: 'Wishes' },
  'match.part.distance': { vi: 'Khoảng cách', en: 'Distance' },
  'match.part.wage': { vi: 'Tiền lương', en: 'Wage' },
  'match.part.start': { vi: 'Ngày bắt đầu', en: 'Start date' },
  'match.part.support': { vi: 'Hỗ trợ của doanh nghiệp', en: 'Employer support' },
  'match.part.gap': { vi: 'Bù kỹ năng còn thiếu', en: 'Fills a skill gap' },
  'match.part.cost': { vi: 'Học phí', en: 'Cost' },

  // Skills
  'match.importance.required': { vi: 'bắt buộc', en: 'required' },
  'match.importance.niceToHave': { vi: 'nên có', en: 'nice to have' },
  'match.reason.skill': { vi: 'Có {skill} ({level}), {importance}', en: 'Has {skill} ({level}), {importance}' },
  'match.reason.skills.noneAsked': { vi: 'Công việc không đòi hỏi kỹ năng cụ thể', en: 'The job asks for no particular skill' },
  'match.reason.skills.noneHeld': { vi: 'Chưa có kỹ năng nào công việc cần', en: 'None of the skills the job asks for yet' },
  'match.missing.requiredSkill': { vi: 'Thiếu kỹ năng bắt buộc: {skill}', en: 'Lacks a required skill: {skill}' },
  'match.missing.niceSkill': { vi: 'Chưa có kỹ năng nên có: {skill}', en: 'Lacks a nice-to-have skill: {skill}' },

  // Wishes
  'match.reason.wish.occupation': { vi: 'Đúng nghề mong muốn ({occupation})', en: 'A wished occupation ({occupation})' },
  'match.reason.wish.noOccupation': { vi: 'Chưa nêu nghề mong muốn', en: 'No occupation wish given' },
  'match.reason.wish.otherOccupation': { vi: 'Không phải nghề mong muốn ({occupation})', en: 'Not a wished occupation ({occupation})' },
  'match.reason.wish.workType': { vi: 'Đúng hình thức làm việc mong muốn ({workType})', en: 'The wished kind of work ({workType})' },
  'match.reason.wish.anyWorkType': { vi: 'Hình thức làm việc nào cũng được', en: 'Any kind of work is fine' },
  'match.missing.workType': { vi: 'Hình thức làm việc không như mong muốn ({workType})', en: 'Not the wished kind of work ({workType})' },

  // Distance
  'match.reason.distance.km': { vi: 'Cách {km} km', en: '{km} km away' },
  'match.reason.distance.sameCommune': { vi: 'Cùng xã/phường', en: 'Same commune' },
  'match.reason.distance.sameProvince': { vi: 'Cùng tỉnh/thành phố', en: 'Same province' },
  'match.reason.distance.elsewhere': { vi: 'Ở tỉnh/thành phố khác', en: 'In another province' },
  'match.reason.distance.moves': {
    vi: 'Ở xa nhưng có chỗ ở, và sẵn sàng chuyển đến',
    en: 'Far away, but lodging is offered and moving is fine',
  },
  'match.reason.distance.withinReach': { vi: 'Trong phạm vi đi lại của ứng viên', en: 'Within the candidate’s travel range' },

  // Wage
  'match.reason.wage.meets': {
    vi: 'Lương {min}–{max} triệu ≥ mong muốn {floor} triệu',
    en: 'Wage {min}–{max} million ≥ wish of {floor} million',
  },
  'match.reason.wage.partly': {
    vi: 'Lương {min}–{max} triệu, mức cao đạt mong muốn {floor} triệu',
    en: 'Wage {min}–{max} million; the top reaches the wish of {floor} million',
  },
  'match.reason.wage.noFloor': {
    vi: 'Lương {min}–{max} triệu (chưa nêu mức mong muốn)',
    en: 'Wage {min}–{max} million (no wage wish given)',
  },
  'match.reason.wage.below': { vi: 'Lương {min}–{max} triệu', en: 'Wage {min}–{max} million' },
  'match.missing.wage': {
    vi: 'Lương {min}–{max} triệu thấp hơn mong muốn {floor} triệu',
    en: 'Wage {min}–{max} million is below the wish of {floor} million',
  },

  // Start date
  'match.reason.start.open': { vi: 'Chưa ấn định ngày bắt đầu', en: 'No fixed start date' },
  'match.reason.start.fits': { vi: 'Bắt đầu {date}, kịp ngày có thể đi làm', en: 'Starts on {date}, once available' },
  'match.reason.start.late': {
    vi: 'Có thể đi làm từ {date}, muộn {days} ngày so với ngày bắt đầu',
    en: 'Available from {date}, {days} days after the start',
  },
  'match.reason.start.tooLate': { vi: 'Có thể đi làm từ {date}', en: 'Available from {date}' },
  'match.missing.start': {
    vi: 'Chỉ có thể đi làm từ {date}, công việc bắt đầu {start}',
    en: 'Available only from {date}; the job starts on {start}',
  },

  // Employer support
  'match.reason.support.lodging': { vi: 'Có chỗ ở', en: 'Lodging offered' },
  'match.reason.support.meals': { vi: 'Có bữa ăn', en: 'Meals offered' },
  'match.reason.support.training': { vi: 'Được đào tạo tại chỗ', en: 'On-the-job training' },
  'match.reason.support.none': { vi: 'Không nêu hỗ trợ ăn, ở, đào tạo', en: 'No meals, lodging or training offered' },

  // Training slots
  'match.reason.training.wish': { vi: 'Nghề mong muốn ({occupation})', en: 'A wished occupation ({occupation})' },
  'match.reason.training.ownTrade': { vi: 'Nâng cao nghề đang có ({occupation})', en: 'Builds on a trade already held ({occupation})' },
  'match.reason.training.otherOccupation': { vi: 'Nghề khác ({occupation})', en: 'Another occupation ({occupation})' },
  'match.reason.training.gap': { vi: 'Dạy {skill}, việc “{job}” cần', en: 'Teaches {skill}, which “{job}” needs' },
  'match.reason.training.noGap': { vi: 'Không bù kỹ năng nào còn thiếu', en: 'Fills no missing skill' },
  'match.reason.training.noDate': { vi: 'Chưa có ngày khai giảng', en: 'No start date yet' },
  'match.reason.training.starts': { vi: 'Khai giảng {date}', en: 'Starts on {date}' },
  'match.reason.training.startsBefore': { vi: 'Khai giảng {date}, trước ngày có thể đi học', en: 'Starts on {date}, before availability' },
  'match.missing.trainingStart': {
    vi: 'Khai giảng {date}, nhưng chỉ có thể đi học từ {available}',
    en: 'Starts on {date}, but available only from {available}',
  },
  'match.reason.training.free': { vi: 'Miễn phí', en: 'Free' },
  'match.reason.training.subsidised': { vi: 'Được hỗ trợ, còn {cost}', en: 'Subsidised, {cost}' },
  'match.reason.training.fee': { vi: 'Học phí {cost}', en: 'Fee {cost}' },
  'match.reason.training.seats': { vi: 'Còn {seats} chỗ', en: '{seats} seats left' },

  // A course for a skill a good job needs
  'match.gap.course': {
    vi: 'Việc “{job}” cần {skill}; khóa “{course}” khai giảng {date}, còn {seats} chỗ',
    en: '“{job}” needs {skill}; course “{course}” starts on {date}, {seats} seats left',
  },
  'match.gap.courseNoDate': {
    vi: 'Việc “{job}” cần {skill}; khóa “{course}” còn {seats} chỗ',
    en: '“{job}” needs {skill}; course “{course}” has {seats} seats left',
  },

  // Pages and components
  'match.score': { vi: '{score} điểm', en: '{score} points' },
  'match.scoreOutOf': { vi: 'Mức phù hợp {score}/100', en: 'Match {score}/100' },
  'match.why': { vi: 'Vì sao phù hợp', en: 'Why it fits' },
  'match.missing': { vi: 'Còn thiếu', en: 'What is missing' },
  'match.partPoints': { vi: '{part}: {points}/{max}', en: '{part}: {points}/{max}' },
  'match.jobs.title': { vi: 'Việc làm phù hợp', en: 'Suggested jobs' },
  'match.training.title': { vi: 'Khóa học phù hợp', en: 'Suggested training' },
  'match.gaps.title': { vi: 'Học thêm để đủ điều kiện', en: 'Training for missing skills' },
  'match.jobs.empty': {
    vi: 'Chưa có việc làm nào phù hợp trong phạm vi đi lại. Hãy bổ sung kỹ năng, nghề mong muốn hoặc mở rộng phạm vi đi lại.',
    en: 'No open job fits within the travel range yet. Add skills or wished occupations, or widen the travel range.',
  },
  'match.training.empty': { vi: 'Chưa có khóa học phù hợp còn chỗ.', en: 'No suitable course with seats left yet.' },
  'match.gaps.empty': { vi: 'Không có kỹ năng còn thiếu nào có khóa học gần.', en: 'No missing skill has a course within reach.' },
  'match.caseload.title': { vi: 'Gợi ý việc làm và học nghề cho {name}', en: 'Jobs and training suggested for {name}' },
  'match.caseload.enrol': { vi: 'Đăng ký học', en: 'Enrol' },
  'match.caseload.enrolLabel': { vi: 'Đăng ký khóa “{course}”', en: 'Enrol in “{course}”' },
  'match.caseload.refer': { vi: 'Giới thiệu', en: 'Refer' },
  'match.caseload.referLabel': { vi: 'Giới thiệu đến việc “{job}”', en: 'Refer to “{job}”' },
  'match.me.title': { vi: 'Việc làm và khóa học gợi ý cho bạn', en: 'Jobs and courses suggested for you' },
  'match.me.moreJobs': { vi: 'Xem thêm việc làm phù hợp', en: 'Show more suggested jobs' },
  'match.me.intro': {
    vi: 'Xếp theo mức phù hợp với kỹ năng, mong muốn và nơi ở của bạn. Mỗi gợi ý ghi rõ vì sao.',
    en: 'Ranked by how well they fit your skills, wishes and where you live. Each says why.',
  },
  'match.me.noProfile': {
    vi: 'Hồ sơ của bạn chưa được tạo. Hãy liên hệ cán bộ tư vấn.',
    en: 'Your profile has not been created yet. Please contact your counsellor.',
  },
  'match.me.apply': { vi: 'Ứng tuyển', en: 'Apply' },
  'match.me.applyLabel': { vi: 'Ứng tuyển việc “{job}”', en: 'Apply for “{job}”' },
  'match.employer.title': { vi: 'Ứng viên phù hợp: {job}', en: 'Suitable candidates: {job}' },
  'match.employer.intro': {
    vi: 'Thẻ ứng viên ẩn danh của những người đồng ý chia sẻ. Tên và số điện thoại chỉ hiện khi ứng viên đồng ý với từng lần giới thiệu.',
    en: 'Anonymous cards of people who agreed to share them. A name and phone number appear only once the candidate agrees to that introduction.',
  },
  'match.employer.cards': { vi: 'Thẻ ứng viên', en: 'Candidate cards' },
  'match.employer.back': { vi: 'Về tin tuyển dụng', en: 'Back to the job' },
  'match.employer.introduce': { vi: 'Đề nghị giới thiệu', en: 'Ask for an introduction' },
  'match.employer.introduceLabel': { vi: 'Đề nghị giới thiệu ứng viên số {rank}', en: 'Ask for an introduction to candidate {rank}' },
  'match.employer.empty': {
    vi: 'Chưa có ứng viên phù hợp đồng ý chia sẻ thẻ.',
    en: 'No suitable candidate who agreed to share a card yet.',
  },
  'match.employer.notOpen': {
    vi: 'Tin này chưa mở hoặc đã đóng: chỉ tin đang tuyển mới có gợi ý ứng viên.',
    en: 'This job is not open: only open jobs get suggested candidates.',
  },
  'match.employer.wageFits': { vi: 'Mức lương phù hợp', en: 'The wage fits' },
  'match.employer.wageBelow': { vi: 'Mức lương chưa phù hợp', en: 'The wage does not fit' },
  'match.card.heading': { vi: 'Ứng viên {rank}', en: 'Candidate {rank}' },
  'match.card.area': { vi: 'Khu vực: {area}', en: 'Area: {area}' },
  'match.card.available': { vi: 'Có thể đi làm từ {date}', en: 'Available from {date}' },
  'match.card.availableNow': { vi: 'Có thể đi làm ngay', en: 'Available now' },
  'match.card.skills': { vi: 'Kỹ năng', en: 'Skills' },
  'match.card.certificates': { vi: 'Chứng chỉ', en: 'Certificates' },
  'match.card.experience': { vi: 'Kinh nghiệm', en: 'Experience' },
  'match.card.months': { vi: '{months} tháng', en: '{months} months' },
  'match.card.workTypes': { vi: 'Hình thức mong muốn', en: 'Wished kinds of work' },
  'match.card.none': { vi: 'Chưa có', en: 'None yet' },
  'match.course.seats': { vi: 'Còn {seats} chỗ', en: '{seats} seats left' },
  'match.course.starts': { vi: 'Khai giảng {date}', en: 'Starts on {date}' },
  'match.job.employer': { vi: 'Doanh nghiệp: {employer}', en: 'Employer: {employer}' },
  'match.inexact': {
    vi: 'Danh sách có thể chưa đầy đủ: quá nhiều việc làm trong phạm vi để xét hết.',
    en: 'The list may be incomplete: too many jobs within reach to consider them all.',
  },
} as const;
