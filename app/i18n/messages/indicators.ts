// Messages of the employment indicators: the figures' query (area, period, fair) and its errors.
export const indicatorMessages = {
  'indicators.validation.area': {
    vi: 'Chọn khu vực: cả nước, một tỉnh (mã 2 chữ số) hoặc một xã/phường (mã 5 chữ số).',
    en: 'Choose an area: the country, a province (2-digit code) or a commune (5-digit code).',
  },
  'indicators.validation.from': { vi: 'Nhập ngày đầu kỳ (năm-tháng-ngày).', en: 'Enter the first day of the period (year-month-day).' },
  'indicators.validation.to': { vi: 'Nhập ngày cuối kỳ (năm-tháng-ngày).', en: 'Enter the last day of the period (year-month-day).' },
  'indicators.validation.order': {
    vi: 'Ngày cuối kỳ phải sau hoặc trùng ngày đầu kỳ, và kỳ không dài quá 5 năm.',
    en: 'The last day must be on or after the first, and a period at most 5 years long.',
  },
  'indicators.validation.fair': { vi: 'Mã phiên chợ không hợp lệ.', en: 'Not a valid fair id.' },
  'indicators.area.unknown': { vi: 'Không có khu vực này.', en: 'No such area.' },
} as const;
