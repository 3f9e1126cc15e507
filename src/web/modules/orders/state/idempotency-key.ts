/**
 * A fresh Idempotency-Key. crypto.randomUUID exists only in secure contexts (HTTPS, localhost);
 * a Kehu opened over plain HTTP on an intranet still gets an unguessable key from getRandomValues.
 */
export const newIdempotencyKey = (): string => {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};
