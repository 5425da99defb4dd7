// Messages of the fair pages for the people at the fair: the returnee's ticket and queues, and the
// employers' and training providers' booths (invitations and the staff desk). Neutral words only:
// a person may read them on a phone beside others.
export const fairPeopleMessages = {} as const;
