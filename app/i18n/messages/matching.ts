// Messages of the matching area (issue 4).
export const matchingMessages = {
};
