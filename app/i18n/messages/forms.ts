// Messages of the forms and data checks (issue 10): yes/no fields, the intake's shared-phone
// warning and its confirmation, interview times in the past, and caseload filters that were not used.
export const formMessages = {
  'validation.flag': { vi: 'Hãy chọn có hoặc không.', en: 'Choose yes or no (true or false).' },
  'pipeline.validation.interviewPast': {
    vi: 'Giờ phỏng vấn đã qua. Hãy chọn một thời điểm sắp tới; kết quả của buổi phỏng vấn đã diễn ra được ghi ở bước tiếp theo (nhận việc hoặc không nhận).',
    en: 'That interview time has passed. Choose a time to come; what happened at an interview already held is recorded as its outcome (offered or not hired).',
  },
  'caseload.filter.othersApplied': {
    vi: 'Các ô được đánh dấu bên dưới chưa được dùng để lọc; các điều kiện còn lại vẫn được áp dụng.',
    en: 'The fields marked below were not used; the other filters still apply.',
  },
} as const;
