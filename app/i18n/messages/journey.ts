// Messages of the returnee's own journey (issue 10): applying and asking for a course seat from a
// posting's page and the search results, what is still missing for a job, confirming a withdrawal,
// match strength and reasons in plain sentences, and the way in from the home page. Neutral words
// only: a person may be reading on a phone beside others.
export const journeyMessages = {
  // ── Applying from a posting or a search result ──
  'journey.apply.again': { vi: 'Ứng tuyển lại', en: 'Apply again' },
  'journey.apply.againLabel': { vi: 'Ứng tuyển lại việc “{job}”', en: 'Apply again for “{job}”' },
  'journey.apply.closed': { vi: 'Tin này hiện không nhận hồ sơ.', en: 'This posting is not taking applications now.' },
  'journey.apply.seeMine': { vi: 'Xem việc đã ứng tuyển', en: 'See my applications' },
  'journey.apply.status': { vi: 'Bạn và việc này: {status}', en: 'You and this job: {status}' },
  'journey.seat.ask': { vi: 'Xin chỗ học', en: 'Ask for a seat' },
  'journey.seat.askLabel': { vi: 'Xin chỗ học khóa “{course}”', en: 'Ask for a seat on “{course}”' },
  'journey.seat.wording': {
    vi: 'Khi bấm “Xin chỗ học”, bạn đồng ý để cán bộ tư vấn và {provider} thấy họ tên và số điện thoại của bạn để xếp chỗ cho bạn trong khóa “{course}”.',
    en: 'By pressing “Ask for a seat”, you agree that your counsellor and {provider} see your name and phone number to arrange your seat on “{course}”.',
  },
  'journey.seat.full': { vi: 'Khóa này đã hết chỗ.', en: 'This course is full.' },
  'journey.seat.status': { vi: 'Bạn và khóa này: {status}', en: 'You and this course: {status}' },
  'journey.done.seatAsked': {
    vi: 'Bạn đã xin chỗ học khóa “{title}”. Cán bộ tư vấn sẽ liên hệ với bạn.',
    en: 'You asked for a seat on “{title}”. Your counsellor will contact you.',
  },

  // ── What is still missing for a job ──
  'journey.gap.title': { vi: 'Bạn còn thiếu', en: 'What you still need' },
  'journey.gap.skill': { vi: 'Việc này cần kỹ năng {skill}, bạn chưa có.', en: 'This job needs {skill}, which you do not have yet.' },
  'journey.gap.licence': { vi: 'Việc này cần bằng lái xe hạng {class}.', en: 'This job needs a class {class} driving licence.' },
  'journey.gap.certificate': { vi: 'Việc này cần: {certificate}.', en: 'This job needs: {certificate}.' },
  'journey.gap.course': { vi: 'Học khóa “{course}”', en: 'Take the course “{course}”' },
  'journey.gap.findCourse': { vi: 'Tìm khóa học nghề này', en: 'Find a course in this trade' },
  'journey.gap.applyAnyway': {
    vi: 'Bạn vẫn có thể ứng tuyển; cán bộ tư vấn sẽ cùng bạn xem xét.',
    en: 'You can still apply; your counsellor will look at it with you.',
  },

  // ── Following an application: statuses, confirming a withdrawal ──
  'journey.status.declined': { vi: 'Bạn đã không nhận gợi ý này', en: 'You said no to this suggestion' },
  'journey.action.decline': { vi: 'Không quan tâm', en: 'Not interested' },
  'journey.confirm.withdrawTitle': { vi: 'Dừng ứng tuyển việc “{job}”?', en: 'Stop applying for “{job}”?' },
  'journey.confirm.withdrawBody': {
    vi: '{employer} sẽ không xét hồ sơ của bạn cho việc này nữa. Sau này bạn vẫn có thể ứng tuyển lại.',
    en: '{employer} will no longer consider you for this job. You can apply again later.',
  },
  'journey.confirm.declineTitle': { vi: 'Bỏ qua gợi ý “{job}”?', en: 'Say no to “{job}”?' },
  'journey.confirm.declineBody': {
    vi: 'Cán bộ tư vấn sẽ biết bạn không quan tâm việc này. Sau này bạn vẫn có thể ứng tuyển.',
    en: 'Your counsellor will know you are not interested in this job. You can still apply later.',
  },
  'journey.confirm.withdrawYes': { vi: 'Có, dừng ứng tuyển', en: 'Yes, stop applying' },
  'journey.confirm.declineYes': { vi: 'Có, bỏ qua', en: 'Yes, say no' },
  'journey.confirm.no': { vi: 'Không, quay lại', en: 'No, go back' },
  'journey.done.declined': { vi: 'Đã ghi nhận: bạn không quan tâm việc này.', en: 'Noted: you are not interested in this job.' },

  // ── Match strength and reasons in plain sentences (the returnee's view; staff keep the points) ──
  'match.strength.strong': { vi: 'Rất phù hợp', en: 'Very good match' },
  'match.strength.good': { vi: 'Phù hợp', en: 'Good match' },
  'match.strength.possible': { vi: 'Có thể phù hợp', en: 'Possible match' },
  'match.plain.why': { vi: 'Vì sao gợi ý', en: 'Why we suggest it' },
  'match.plain.skill': { vi: 'Bạn có kỹ năng {skill}.', en: 'You have {skill}.' },
  'match.plain.noneAsked': { vi: 'Không cần kỹ năng riêng.', en: 'No particular skill needed.' },
  'match.plain.wishOccupation': { vi: 'Đúng nghề bạn muốn.', en: 'The trade you want.' },
  'match.plain.workType': { vi: 'Đúng kiểu làm việc bạn muốn ({workType}).', en: 'The kind of work you want ({workType}).' },
  'match.plain.km': { vi: 'Cách bạn khoảng {km} km.', en: 'About {km} km from you.' },
  'match.plain.sameCommune': { vi: 'Ngay xã/phường của bạn.', en: 'In your own commune.' },
  'match.plain.sameProvince': { vi: 'Trong tỉnh của bạn.', en: 'In your province.' },
  'match.plain.moves': { vi: 'Ở xa, nhưng có chỗ ở.', en: 'Far away, but lodging is offered.' },
  'match.plain.wageMeets': { vi: 'Lương đủ mức bạn mong muốn.', en: 'The pay is what you asked for.' },
  'match.plain.wagePartly': { vi: 'Lương có thể đạt mức bạn mong muốn.', en: 'The pay can reach what you asked for.' },
  'match.plain.startFits': { vi: 'Bạn bắt đầu kịp.', en: 'You can start in time.' },
  'match.plain.lodging': { vi: 'Có chỗ ở.', en: 'Lodging offered.' },
  'match.plain.meals': { vi: 'Có bữa ăn.', en: 'Meals offered.' },
  'match.plain.training': { vi: 'Được dạy việc tại chỗ.', en: 'Trained on the job.' },
  'match.plain.courseWish': { vi: 'Đúng nghề bạn muốn học.', en: 'The trade you want to learn.' },
  'match.plain.ownTrade': { vi: 'Giúp bạn giỏi hơn nghề đang có.', en: 'Builds on the trade you have.' },
  'match.plain.courseGap': { vi: 'Dạy {skill}, việc “{job}” cần.', en: 'Teaches {skill}, which “{job}” needs.' },
  'match.plain.courseStarts': { vi: 'Khai giảng {date}.', en: 'Starts on {date}.' },
  'match.plain.free': { vi: 'Học miễn phí.', en: 'Free of charge.' },
  'match.plain.subsidised': { vi: 'Được hỗ trợ học phí.', en: 'The fee is subsidised.' },
  'match.plain.missingSkill': { vi: 'Bạn chưa có kỹ năng {skill} mà việc này cần.', en: 'You do not have {skill}, which this job needs.' },
  'match.plain.niceSkill': { vi: 'Có thêm kỹ năng {skill} thì tốt hơn.', en: 'Having {skill} would help.' },
  'match.plain.missingWage': { vi: 'Lương thấp hơn mức bạn mong muốn.', en: 'The pay is below what you asked for.' },
  'match.plain.missingStart': { vi: 'Việc bắt đầu trước ngày bạn có thể đi làm.', en: 'It starts before you can.' },
  'match.plain.missingWorkType': { vi: 'Không đúng kiểu làm việc bạn muốn.', en: 'Not the kind of work you want.' },
  'match.plain.missingCourseStart': { vi: 'Khai giảng trước ngày bạn có thể đi học.', en: 'It starts before you can.' },

  // ── A training provider's requests and learners ──
  'journey.provider.title': { vi: 'Người xin học', en: 'Seat requests' },
  'journey.provider.heading': { vi: 'Người xin học: {course}', en: 'Seat requests: {course}' },
  'journey.provider.back': { vi: 'Về khóa học', en: 'Back to the course' },
  'journey.provider.link': { vi: 'Xem người xin học', en: 'See seat requests' },
  'journey.provider.empty': { vi: 'Chưa có ai xin học khóa này.', en: 'Nobody has asked for a seat yet.' },
  'journey.provider.anonymous': { vi: 'Học viên {number}', en: 'Learner {number}' },
  'journey.provider.phone': { vi: 'Điện thoại: {phone}', en: 'Phone: {phone}' },
  'journey.provider.viaCounsellor': {
    vi: 'Do Trung tâm Dịch vụ việc làm đăng ký; cán bộ tư vấn sẽ liên hệ để xếp lớp.',
    en: 'Put forward by the job centre; a counsellor will contact you to arrange the place.',
  },

  // ── The returnee's home ──
  'journey.home.matches': { vi: 'Xem việc làm gợi ý cho bạn', en: 'See jobs suggested for you' },
  'journey.home.applications': { vi: 'Việc đang ứng tuyển', en: 'Jobs applied for' },
  'journey.home.courses': { vi: 'Khóa học đã xin', en: 'Courses asked for' },
  'journey.home.seeApplications': { vi: 'Xem việc đã ứng tuyển', en: 'See my applications' },
} as const;
