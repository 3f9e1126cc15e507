/** Strings of the dedupe screens. */
export const dedupe = {};
