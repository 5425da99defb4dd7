// Messages of the catalogue: organisations, verification, jobs, training slots and search input.
export const catalogueMessages = {
  'organisation.none': {
    vi: 'Tài khoản này chưa gắn với doanh nghiệp hay cơ sở đào tạo nào.',
    en: 'This account does not belong to any employer or training provider.',
  },
  'verification.alreadyDecided': {
    vi: 'Hồ sơ này đã được xử lý (xác minh hoặc từ chối) trước đó.',
    en: 'This organisation has already been verified or refused.',
  },
  'posting.notFound': {
    vi: 'Không tìm thấy tin này. Có thể tin đã đóng hoặc đã hết hạn.',
    en: 'This posting was not found. It may have closed or expired.',
  },
  'posting.unverified': {
    vi: 'Doanh nghiệp chưa được xác minh nên chưa thể đăng tin. Bạn vẫn có thể lưu bản nháp; cán bộ tư vấn của tỉnh sẽ xác minh sớm.',
    en: 'Your organisation is not verified yet, so it cannot publish. You can still save drafts; a counsellor of your province will verify it soon.',
  },
  'posting.status.transition': {
    vi: 'Không thể chuyển tin sang trạng thái này (bản nháp → đang tuyển → đã đóng hoặc đã tuyển đủ).',
    en: 'The posting cannot move to that status (draft → open → closed or filled).',
  },

  'validation.organisation.kind': { vi: 'Hãy chọn loại tổ chức.', en: 'Choose the kind of organisation.' },
  'validation.organisation.name': {
    vi: 'Tên doanh nghiệp cần từ 2 đến 200 ký tự.',
    en: 'The organisation name needs 2 to 200 characters.',
  },
  'validation.organisation.sector': {
    vi: 'Ngành nghề kinh doanh cần từ 2 đến 200 ký tự.',
    en: 'The sector needs 2 to 200 characters.',
  },
  'validation.taxCode.format': {
    vi: 'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với chi nhánh (ví dụ 0101234567-001).',
    en: 'A tax code has 10 digits, or 10 digits, a dash and 3 digits for a branch (e.g. 0101234567-001).',
  },
  'validation.taxCode.taken': {
    vi: 'Mã số thuế này đã được đăng ký. Nếu đó là doanh nghiệp của bạn, hãy liên hệ cán bộ tư vấn để được thêm vào tài khoản.',
    en: 'This tax code is already registered. If it is your organisation, ask a counsellor to add you to it.',
  },
  'validation.contactName': { vi: 'Hãy nhập tên người liên hệ (2–120 ký tự).', en: 'Enter a contact person (2–120 characters).' },
  'validation.hiringStatement': {
    vi: 'Hãy viết vài câu (20–1000 ký tự) về cách đơn vị đón nhận và kèm cặp người lao động mới.',
    en: 'Write a few sentences (20–1000 characters) on how you welcome and guide new workers.',
  },
  'validation.address.tooLong': { vi: 'Địa chỉ dài quá 300 ký tự.', en: 'The address is longer than 300 characters.' },
  'validation.commune.notInProvince': {
    vi: 'Xã/phường này không thuộc tỉnh/thành phố đã chọn.',
    en: 'This commune is not in the chosen province.',
  },
  'validation.commune.unknown': { vi: 'Không có xã/phường này.', en: 'There is no such commune.' },
  'validation.verification.decision': { vi: 'Hãy chọn xác minh hoặc từ chối.', en: 'Choose verify or refuse.' },
  'validation.verification.reason': {
    vi: 'Khi từ chối, hãy ghi lý do (10–500 ký tự) để doanh nghiệp biết cần bổ sung gì.',
    en: 'When refusing, give the reason (10–500 characters) so the employer knows what to fix.',
  },

  'validation.job.title': { vi: 'Tên công việc cần từ 5 đến 150 ký tự.', en: 'The job title needs 5 to 150 characters.' },
  'validation.job.description': {
    vi: 'Hãy mô tả cụ thể công việc hằng ngày (30–4000 ký tự): tin mơ hồ là điều người lao động phàn nàn nhiều nhất.',
    en: 'Describe the daily work concretely (30–4000 characters): vague postings are the main complaint of jobseekers.',
  },
  'validation.job.workingHours': { vi: 'Giờ làm việc dài quá 300 ký tự.', en: 'Working hours are longer than 300 characters.' },
  'validation.job.benefits': { vi: 'Quyền lợi dài quá 2000 ký tự.', en: 'Benefits are longer than 2000 characters.' },
  'validation.job.openings': {
    vi: 'Số người cần tuyển là số nguyên từ 1 đến 1000.',
    en: 'Openings must be a whole number from 1 to 1000.',
  },
  'validation.wage.range': {
    vi: 'Lương tính theo tháng, bằng đồng, từ 1.000.000 đến 200.000.000 (ví dụ 7000000 cho 7 triệu).',
    en: 'Wages are per month in VND, from 1,000,000 to 200,000,000 (e.g. 7000000 for 7 million).',
  },
  'validation.wage.maxBelowMin': {
    vi: 'Lương cao nhất không được thấp hơn lương thấp nhất.',
    en: 'The highest wage cannot be below the lowest.',
  },
  'validation.wage.number': { vi: 'Mức lương phải là một số nguyên (đồng).', en: 'The wage must be a whole number (VND).' },
  'validation.workType.invalid': {
    vi: 'Hãy chọn hình thức làm việc: toàn thời gian, bán thời gian, thời vụ hoặc theo ca.',
    en: 'Choose a work type: full-time, part-time, seasonal or shifts.',
  },
  'validation.occupation.required': { vi: 'Hãy chọn nghề.', en: 'Choose an occupation.' },
  'validation.occupation.unknown': { vi: 'Không có nghề này trong danh mục.', en: 'This occupation is not in the list.' },
  'validation.skills.invalid': {
    vi: 'Có kỹ năng không có trong danh mục (tối đa 10 kỹ năng mỗi loại).',
    en: 'A skill is not in the list (at most 10 skills of each kind).',
  },
  'validation.skills.both': {
    vi: 'Một kỹ năng không thể vừa bắt buộc vừa là điểm cộng.',
    en: 'A skill cannot be both required and nice to have.',
  },
  'validation.schooling.invalid': { vi: 'Hãy chọn một trình độ học vấn trong danh sách.', en: 'Choose a schooling level from the list.' },
  'validation.certificate.tooLong': { vi: 'Tên chứng chỉ dài quá 200 ký tự.', en: 'The certificate is longer than 200 characters.' },
  'validation.drivingLicence.invalid': {
    vi: 'Hạng giấy phép lái xe không hợp lệ (A1, A, B1, B, C1, C, D1, D2, D, BE, C1E, CE, D1E, D2E, DE).',
    en: 'Not a driving licence class (A1, A, B1, B, C1, C, D1, D2, D, BE, C1E, CE, D1E, D2E, DE).',
  },
  'validation.date.invalid': { vi: 'Ngày không hợp lệ (định dạng năm-tháng-ngày).', en: 'Not a valid date (year-month-day).' },
  'validation.date.pastClosing': {
    vi: 'Hạn nộp hồ sơ đã qua: hãy chọn một ngày từ hôm nay trở đi để đăng tin.',
    en: 'The closing date has passed: choose today or a later day to publish.',
  },
  'validation.geo.both': { vi: 'Hãy nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.', en: 'Give both latitude and longitude, or neither.' },
  'validation.geo.lat': { vi: 'Vĩ độ không hợp lệ (Việt Nam: khoảng 8 đến 24).', en: 'Not a valid latitude (Vietnam: about 8 to 24).' },
  'validation.geo.lng': {
    vi: 'Kinh độ không hợp lệ (Việt Nam: khoảng 102 đến 110).',
    en: 'Not a valid longitude (Vietnam: about 102 to 110).',
  },
  'validation.status.invalid': {
    vi: 'Trạng thái không hợp lệ.',
    en: 'Not a valid status.',
  },

  'validation.training.title': { vi: 'Tên khóa học cần từ 5 đến 150 ký tự.', en: 'The course title needs 5 to 150 characters.' },
  'validation.trainingLevel.invalid': {
    vi: 'Hãy chọn trình độ: sơ cấp, dưới 3 tháng hoặc khác.',
    en: 'Choose a level: elementary (sơ cấp), under 3 months, or other.',
  },
  'validation.training.duration': { vi: 'Thời gian học là số ngày, từ 1 đến 730.', en: 'The duration is a number of days, from 1 to 730.' },
  'validation.training.seats': { vi: 'Số chỉ tiêu là số nguyên từ 1 đến 500.', en: 'Seats must be a whole number from 1 to 500.' },
  'validation.training.seatsLeft': {
    vi: 'Số chỗ còn lại phải từ 0 đến tổng số chỉ tiêu.',
    en: 'Seats left must be between 0 and the number of seats.',
  },
  'validation.training.schedule': { vi: 'Lịch học dài quá 300 ký tự.', en: 'The schedule is longer than 300 characters.' },
  'validation.training.cost': { vi: 'Học phí là số đồng, từ 0 đến 100.000.000.', en: 'The cost is in VND, from 0 to 100,000,000.' },
  'validation.funding.invalid': {
    vi: 'Hãy chọn: miễn phí, được hỗ trợ một phần, hoặc người học tự chi trả.',
    en: 'Choose: free, subsidised, or paid by the learner.',
  },
  'validation.training.freeCost': {
    vi: 'Khóa học miễn phí thì học phí phải bằng 0.',
    en: 'A free course must cost 0.',
  },
  'validation.training.feeCost': {
    vi: 'Khóa học thu phí cần ghi rõ học phí.',
    en: 'A paid course needs its cost.',
  },
  'validation.training.deadlineAfterStart': {
    vi: 'Hạn đăng ký phải trước hoặc đúng ngày khai giảng.',
    en: 'The enrolment deadline must be on or before the start date.',
  },
  'validation.training.leadsToJob': {
    vi: 'Không tìm thấy việc làm này (chỉ liên kết với tin của đơn vị mình hoặc tin đang tuyển).',
    en: 'That job was not found (link your own job or one that is open).',
  },

  'validation.search.tooLong': { vi: 'Từ khóa dài quá 200 ký tự.', en: 'The search words are longer than 200 characters.' },
  'validation.search.kind': { vi: 'Hãy chọn việc làm hoặc học nghề.', en: 'Choose jobs or training.' },
  'validation.search.flag': { vi: 'Giá trị không hợp lệ (bật hoặc tắt).', en: 'Not a valid value (on or off).' },
  'validation.search.sort': { vi: 'Cách sắp xếp không hợp lệ.', en: 'Not a valid sort order.' },
  'validation.search.nearestNeedsPlace': {
    vi: 'Để xếp theo khoảng cách, hãy cho biết vị trí của bạn.',
    en: 'To sort by distance, give your location.',
  },
  'validation.page': { vi: 'Số trang phải từ 1 đến 500.', en: 'The page must be from 1 to 500.' },
  'validation.perPage': { vi: 'Số kết quả mỗi trang phải từ 1 đến 50.', en: 'Results per page must be from 1 to 50.' },

  // A field others read that labels people by their past (app/services/neutral-words.ts), named.
  'validation.neutral.title': {
    vi: 'Tiêu đề: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Title: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.description': {
    vi: 'Mô tả: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Description: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.workingHours': {
    vi: 'Giờ làm việc: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Working hours: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.benefits': {
    vi: 'Quyền lợi: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Benefits: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.certificate': {
    vi: 'Chứng chỉ: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Certificate: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.schedule': {
    vi: 'Lịch học: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Schedule: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.address': {
    vi: 'Địa chỉ: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Address: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.organisationName': {
    vi: 'Tên đơn vị: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Name of the organisation: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.sector': {
    vi: 'Ngành nghề: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Sector: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.hiringStatement': {
    vi: 'Cam kết tuyển dụng: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Hiring statement: use neutral words about the work and skills; do not mention anyone’s past.',
  },
  'validation.neutral.reason': {
    vi: 'Lý do: hãy dùng từ ngữ trung lập về công việc và kỹ năng, không nhắc đến quá khứ của người lao động.',
    en: 'Reason: use neutral words about the work and skills; do not mention anyone’s past.',
  },
} as const;
