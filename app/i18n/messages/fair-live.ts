// Messages of the live updates on fair pages: whether the page is following the fair live.
export const fairLiveMessages = {
  'fairLive.connecting': { vi: 'Đang kết nối để cập nhật trực tiếp…', en: 'Connecting for live updates…' },
  'fairLive.live': { vi: 'Đang cập nhật trực tiếp', en: 'Updating live' },
  'fairLive.reconnecting': {
    vi: 'Mất kết nối — đang kết nối lại. Chỗ của bạn trong hàng vẫn được giữ.',
    en: 'Connection lost — reconnecting. Your places in line are kept.',
  },
} as const;
