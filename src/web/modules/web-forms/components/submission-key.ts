/**
 * A fresh idempotency key. crypto.randomUUID exists only on HTTPS (and localhost); a form opened
 * over plain HTTP on an intranet still gets an unguessable key from getRandomValues.
 */
export const newSubmissionKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
