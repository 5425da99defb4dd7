// Messages of the caseload area (issue 4).
export const caseloadMessages = {
};
