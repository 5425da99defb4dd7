// Messages of the indicator reports: the CSV/XLSX downloads, the monthly needs report and the
// printable yearly report (its header, its parts, the form that writes them and their checks).
export const indicatorReportMessages = {
  // Downloads
  'exports.csv': { vi: 'Tải CSV', en: 'Download CSV' },
  'exports.xlsx': { vi: 'Tải Excel (XLSX)', en: 'Download Excel (XLSX)' },
  'exports.label': { vi: 'Tải bảng số liệu', en: 'Download the tables' },

  // The yearly report
  'reports.nav': { vi: 'Báo cáo năm', en: 'Yearly report' },
  'reports.title': { vi: 'Báo cáo năm', en: 'Yearly report' },
  'reports.choose': { vi: 'Chọn báo cáo', en: 'Choose the report' },
  'reports.show': { vi: 'Xem báo cáo', en: 'Show the report' },
  'reports.year': { vi: 'Năm', en: 'Year' },
  'reports.area': { vi: 'Địa bàn', en: 'Area' },
  'reports.country': { vi: 'Cả nước', en: 'The whole country' },
  'reports.nation': { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIET NAM' },
  'reports.motto': { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  'reports.number': { vi: 'Số: {number}', en: 'No.: {number}' },
  'reports.placeDate': {
    vi: '{place}, ngày {day} tháng {month} năm {year}',
    en: '{place}, {day}/{month}/{year}',
  },
  'reports.heading': { vi: 'BÁO CÁO', en: 'REPORT' },
  'reports.subject': {
    vi: 'Kết quả thực hiện chỉ tiêu hỗ trợ việc làm năm {year} — {area}',
    en: 'Results against the employment indicators in {year} — {area}',
  },
  'reports.subjectPlan': {
    vi: 'Kết quả thực hiện {plan} năm {year} — {area}',
    en: 'Results of {plan} in {year} — {area}',
  },
  'reports.section.situation': { vi: 'I. ĐÁNH GIÁ TÌNH HÌNH', en: 'I. THE SITUATION' },
  'reports.section.results': { vi: 'II. KẾT QUẢ THỰC HIỆN', en: 'II. RESULTS' },
  'reports.section.shortcomings': { vi: 'III. NHỮNG HẠN CHẾ, NGUYÊN NHÂN', en: 'III. SHORTCOMINGS AND THEIR CAUSES' },
  'reports.section.direction': {
    vi: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {year}',
    en: 'IV. DIRECTION AND TASKS FOR {year}',
  },
  'reports.resultsIntro': {
    vi: 'Số liệu lấy từ hồ sơ trên hệ thống, tính đến {time}; chỉ tiêu kế hoạch: {plan}.',
    en: 'Figures from the records in the system as of {time}; targets: {plan}.',
  },
  'reports.noPlan': { vi: 'chưa có kế hoạch cho địa bàn và năm này', en: 'no plan for this area and year' },
  'reports.empty': { vi: '(Chưa có nội dung.)', en: '(Not written yet.)' },
  'reports.signature': { vi: 'THỦ TRƯỞNG ĐƠN VỊ', en: 'HEAD OF THE BODY' },
  'reports.print': { vi: 'In báo cáo / Lưu PDF', en: 'Print / save as PDF' },
  'reports.printNoJs': {
    vi: 'Để in hoặc lưu PDF, dùng lệnh In của trình duyệt (Ctrl+P hoặc ⌘P): khổ A4, chỉ phần báo cáo được in.',
    en: 'To print or save as PDF, use the browser’s Print command (Ctrl+P or ⌘P): A4, only the report is printed.',
  },
  'reports.edit': { vi: 'Soạn phần lời của báo cáo', en: 'Write the report’s text' },
  'reports.editIntro': {
    vi: 'Phần II lấy tự động từ số liệu. Các phần dưới đây được lưu riêng cho địa bàn và năm này; để trống một ô để xóa nội dung đó.',
    en: 'Part II comes from the figures. The parts below are saved for this area and year; leave a box empty to clear it.',
  },
  'reports.field.issuer': { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  'reports.field.issuerHint': {
    vi: 'Ví dụ: SỞ NỘI VỤ TỈNH QUẢNG NGÃI hoặc TRUNG TÂM DỊCH VỤ VIỆC LÀM (tối đa 200 ký tự)',
    en: 'E.g. the provincial department or job centre issuing it (at most 200 characters)',
  },
  'reports.field.number': { vi: 'Số, ký hiệu', en: 'Number and symbol' },
  'reports.field.numberHint': { vi: 'Ví dụ: 125/BC-SNV (tối đa 60 ký tự)', en: 'E.g. 125/BC-SNV (at most 60 characters)' },
  'reports.field.situation': { vi: 'I. Đánh giá tình hình', en: 'I. The situation' },
  'reports.field.shortcomings': { vi: 'III. Những hạn chế, nguyên nhân', en: 'III. Shortcomings and their causes' },
  'reports.field.direction': { vi: 'IV. Phương hướng, nhiệm vụ năm sau', en: 'IV. Next year’s direction and tasks' },
  'reports.field.proseHint': {
    vi: 'Tối đa 10.000 ký tự; xuống dòng để tách đoạn.',
    en: 'At most 10,000 characters; a new line starts a paragraph.',
  },
  'reports.save': { vi: 'Lưu báo cáo', en: 'Save the report' },
  'reports.saved': { vi: 'Đã lưu phần lời của báo cáo.', en: 'The report’s text is saved.' },
  'reports.lastChange': { vi: 'Sửa lần cuối: {time} bởi {name}', en: 'Last changed {time} by {name}' },
  'reports.validation.year': { vi: 'Chọn một năm từ 2015 đến năm nay.', en: 'Choose a year from 2015 to this year.' },
  'reports.validation.issuer': { vi: 'Tên cơ quan ban hành tối đa 200 ký tự.', en: 'The issuing body: at most 200 characters.' },
  'reports.validation.number': { vi: 'Số, ký hiệu tối đa 60 ký tự.', en: 'The number: at most 60 characters.' },
  'reports.validation.situation': { vi: 'Phần đánh giá tình hình tối đa 10.000 ký tự.', en: 'The situation: at most 10,000 characters.' },
  'reports.validation.shortcomings': {
    vi: 'Phần hạn chế, nguyên nhân tối đa 10.000 ký tự.',
    en: 'The shortcomings: at most 10,000 characters.',
  },
  'reports.validation.direction': {
    vi: 'Phần phương hướng, nhiệm vụ tối đa 10.000 ký tự.',
    en: 'The direction and tasks: at most 10,000 characters.',
  },

  // The monthly needs report
  'needs.nav': { vi: 'Nhu cầu hằng tháng', en: 'Monthly needs' },
  'needs.title': { vi: 'Báo cáo nhu cầu hỗ trợ hằng tháng', en: 'Monthly report of needs' },
  'needs.month': { vi: 'Tháng', en: 'Month' },
  'needs.province': { vi: 'Tỉnh/thành phố', en: 'Province' },
  'needs.chooseProvince': { vi: 'Chọn tỉnh/thành phố', en: 'Choose a province' },
  'needs.show': { vi: 'Xem', en: 'Show' },
  'needs.heading': { vi: 'Nhu cầu hỗ trợ tháng {month} — {province}', en: 'Needs in {month} — {province}' },
  'needs.commune': { vi: 'Xã/phường', en: 'Commune' },
  'needs.unknownCommune': { vi: 'Chưa rõ xã/phường', en: 'Commune not known' },
  'needs.total': { vi: 'Toàn tỉnh', en: 'Whole province' },
  'needs.kind.training': { vi: 'Cần học nghề', en: 'Need training' },
  'needs.kind.job': { vi: 'Cần việc làm', en: 'Need a job' },
  'needs.kind.loan': { vi: 'Cần vay vốn', en: 'Need a loan' },
  'needs.kind.legal': { vi: 'Cần trợ giúp pháp lý', en: 'Need legal help' },
  'needs.definition.who': {
    vi: 'Người được tính: người đang được quản lý trong tháng (đã trở về và có hồ sơ tiếp nhận đến ngày cuối tháng, hồ sơ chưa đóng trước ngày đầu tháng), theo xã/phường nơi cư trú vào ngày cuối tháng. Một người có thể có nhiều nhu cầu.',
    en: 'Who is counted: people managed in the month (back, with an intake record by its last day, and a case not closed before its first day), by the commune they lived in on its last day. One person may have several needs.',
  },
  'needs.definition.training': {
    vi: 'Cần học nghề: hồ sơ ghi nhu cầu học nghề và đến ngày cuối tháng người đó chưa hoàn thành khóa học nghề nào.',
    en: 'Need training: the record lists training as a need and the person had completed no course by the month’s last day.',
  },
  'needs.definition.job': {
    vi: 'Cần việc làm: hồ sơ ghi nhu cầu việc làm và vào ngày cuối tháng người đó không có việc làm nào đang làm (đã bắt đầu, chưa nghỉ).',
    en: 'Need a job: the record lists a job as a need and on the month’s last day the person had no job under way (started, not ended).',
  },
  'needs.definition.loan': {
    vi: 'Cần vay vốn: có đề nghị vay vốn đang chờ giải quyết vào ngày cuối tháng (mới đề nghị, đủ điều kiện, đã chuyển ngân hàng), hoặc hồ sơ ghi nhu cầu vay vốn mà chưa có đề nghị nào.',
    en: 'Need a loan: a loan request still open on the month’s last day (asked, found eligible, sent to the bank), or a loan listed as a need with no request yet.',
  },
  'needs.definition.legal': {
    vi: 'Cần trợ giúp pháp lý: có yêu cầu trợ giúp pháp lý, giấy tờ chưa xong vào ngày cuối tháng, hoặc hồ sơ ghi nhu cầu này mà chưa có yêu cầu nào.',
    en: 'Need legal help: a request for legal help or papers not yet done on the month’s last day, or legal help listed as a need with no request yet.',
  },
  'needs.definition.current': {
    vi: 'Nhu cầu ghi trong hồ sơ là nhu cầu hiện tại (hồ sơ không lưu lịch sử nhu cầu); các bước học nghề, việc làm, vay vốn, pháp lý được tính theo ngày thực hiện.',
    en: 'The needs listed on a record are its present ones (a record keeps no history of them); courses, jobs, loans and legal help count on the days they took effect.',
  },
  'needs.protected': {
    vi: 'Bạn không có quyền xem hồ sơ từng người: số từ 1 đến 4 hiện là "<5", và một số ô khác được ẩn ("×") để không suy ra được số nhỏ.',
    en: 'You may not see individual records: counts of 1 to 4 show as "<5", and some other cells are hidden ("×") so that a small count cannot be worked out.',
  },
  'needs.none': { vi: 'Không có người nào đang được quản lý trong tháng này.', en: 'Nobody was managed in this month.' },
  'needs.lists': { vi: 'Danh sách theo xã/phường', en: 'Lists by commune' },
  'needs.listsIntro': {
    vi: 'Danh sách gửi cơ quan lao động: họ tên và nhu cầu của từng người (việc xem danh sách được ghi nhật ký).',
    en: 'The lists sent to the labour department: each person’s name and needs (viewing them is logged).',
  },
  'needs.person': { vi: 'Họ và tên', en: 'Name' },
  'needs.personNeeds': { vi: 'Nhu cầu', en: 'Needs' },
  'needs.tableTitle': { vi: 'Số người cần hỗ trợ theo xã/phường, tháng {month}', en: 'People in need by commune, {month}' },
  'needs.listTitle': { vi: 'Danh sách người cần hỗ trợ, tháng {month}', en: 'People in need, {month}' },
  'needs.asOf': { vi: 'Số liệu tính đến {time}.', en: 'Figures as of {time}.' },
  'needs.validation.month': {
    vi: 'Chọn một tháng (năm-tháng) từ 2015 đến tháng này.',
    en: 'Choose a month (year-month) from 2015 up to this month.',
  },
  'needs.validation.province': { vi: 'Chọn một tỉnh/thành phố.', en: 'Choose a province.' },
} as const;
