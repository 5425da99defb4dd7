// Messages of the organisers' fair pages: creating and running a fair, the live console, the door
// screen and the public board. Neutral words only: the board is projected at the venue.
export const fairOrganiserMessages = {} as const;
