import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../../../shared/errors';
import { commonPasswords } from './common-passwords';

export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
};

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
export const decoyHash = hash('kehu-decoy-password-never-used');

const isRun = (p: string): boolean => {
  const codes = [...p].map((c) => c.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]!));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
};

/**
 * Refuses common and guessable passwords. The length rule (10+) is in the shared contract;
 * this adds the checks that need a word list or the person's own details.
 */
export const assertStrongPassword = (password: string, personal: string[] = [], field = 'password'): void => {
  const lower = password.toLowerCase();
  const reasons: string[] = [];
  if (commonPasswords.has(lower)) reasons.push('is one of the most common passwords');
  else if (isRun(lower)) reasons.push('is a run of one character or a simple sequence');
  for (const word of personal
    .map((w) => w.toLowerCase().split('@')[0]!.trim())
    .filter((w) => w.length >= 4)) {
    if (lower.includes(word)) reasons.push('contains your name or email');
  }
  if (reasons.length > 0) {
    const message = `Choose a different password: it ${reasons[0]}.`;
    throw new AppError('INVALID_INPUT', message, { issues: [{ path: `body.${field}`, message }] });
  }
};
