// Messages of the forms and data checks (issue 10): yes/no fields, the intake's shared-phone
// warning and its confirmation, interview times in the past, and caseload filters that were not used.
export const formMessages = {
  'validation.flag': { vi: 'Hãy chọn có hoặc không.', en: 'Choose yes or no (true or false).' },
  'pipeline.validation.interviewPast': {
    vi: 'Giờ phỏng vấn đã qua. Hãy chọn một thời điểm sắp tới; kết quả của buổi phỏng vấn đã diễn ra được ghi ở bước tiếp theo (nhận việc hoặc không nhận).',
    en: 'That interview time has passed. Choose a time to come; what happened at an interview already held is recorded as its outcome (offered or not hired).',
  },
  'caseload.filter.othersApplied': {
    vi: 'Các ô được đánh dấu trong phần lọc chưa được dùng; các điều kiện còn lại vẫn được áp dụng.',
    en: 'The marked fields of the filter were not used; the other filters still apply.',
  },
  'caseload.intake.phoneShared': {
    vi: 'Số điện thoại này đã có trong hồ sơ của một người khác.',
    en: 'This phone number is already on another person’s record.',
  },
  'caseload.intake.phoneHolder': {
    vi: 'Cán bộ phụ trách: {counsellor}, Trung tâm Dịch vụ việc làm {province}',
    en: 'Looked after by {counsellor}, job centre of {province}',
  },
  'caseload.intake.phoneHolderNoCounsellor': {
    vi: 'Trung tâm Dịch vụ việc làm {province} (chưa có cán bộ phụ trách)',
    en: 'Job centre of {province} (no counsellor assigned)',
  },
  'caseload.intake.openRecord': { vi: 'mở hồ sơ của {name}', en: 'open the record of {name}' },
  'caseload.intake.phoneSharedHelp': {
    vi: 'Có thể người này đã có hồ sơ, hoặc dùng chung điện thoại với người thân. Hãy kiểm tra hồ sơ đó hoặc liên hệ cán bộ phụ trách; nếu đúng là hai người khác nhau, hãy xác nhận để tiếp tục tiếp nhận.',
    en: 'This person may already have a record, or share a phone with a relative. Check that record or ask the counsellor looking after it; if these are two different people, confirm to go on with the intake.',
  },
  'caseload.intake.confirmSharedPhone': {
    vi: 'Đây là hai người khác nhau, vẫn tiếp nhận',
    en: 'These are different people, go on with the intake',
  },
  'caseload.intake.phoneSharedApi': {
    vi: 'Số điện thoại đã có trong hồ sơ khác ({holders}). Gửi lại với confirmSharedPhone: true để vẫn tiếp nhận.',
    en: 'Already on another record ({holders}). Send again with confirmSharedPhone: true to go on.',
  },
} as const;
