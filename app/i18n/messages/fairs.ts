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
  'fair.validation.fair': { vi: 'Chưa chọn phiên chợ việc làm.', en: 'No job fair chosen.' },
  'fair.validation.code': {
    vi: 'Mã vé gồm 4–12 chữ cái hoặc chữ số, in trên vé.',
    en: 'A ticket code is 4–12 letters or digits, printed on the ticket.',
  },
  'fair.validation.idempotencyKey': {
    vi: 'Thiếu mã yêu cầu (8–100 ký tự) để tránh làm một việc hai lần.',
    en: 'A request key (8–100 characters) is needed so nothing is done twice.',
  },
} as const;
