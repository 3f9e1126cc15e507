/** Strings of the imports screens. */
export const imports = {};
