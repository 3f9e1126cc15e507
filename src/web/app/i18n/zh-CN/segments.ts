/** Strings of the segments screens. */
export const segments = {};
