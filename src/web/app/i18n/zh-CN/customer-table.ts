/** Strings of the customerTable screens. */
export const customerTable = {};
