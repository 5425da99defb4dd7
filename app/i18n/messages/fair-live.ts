// Messages of the live updates on fair pages: connection state, "you're next", calls to a booth.
export const fairLiveMessages = {} as const;
