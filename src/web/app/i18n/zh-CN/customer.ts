/** Strings of the customer screens. */
export const customer = {};
