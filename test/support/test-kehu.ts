import type { LightMyRequestResponse } from 'fastify';
import { createKehu, type Kehu } from '../../src/server/kehu';
import type { Me } from '../../src/shared/contracts/auth';
import { openTestDatabase, type DbKind } from './test-database';

/** A started Kehu on a fresh test database; jobs run only when a test drains them. */
export const startTestKehu = async (kind: DbKind, env: Record<string, string> = {}): Promise<Kehu> => {
  const { database, config } = await openTestDatabase(kind, env);
  const kehu = await createKehu(config, { database });
  await kehu.start();
  return kehu;
};

export type Session = { cookie: string; csrf: string; me: Me };

const sessionCookie = (res: LightMyRequestResponse): string => {
  const cookie = res.cookies.find((c) => c.name === 'kehu_session');
  if (!cookie) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `kehu_session=${cookie.value}`;
};

/** Turns a response that signed someone in into a session for later calls. */
export const sessionFrom = (res: LightMyRequestResponse): Session => {
  if (res.statusCode !== 200) throw new Error(`sign-in failed ${res.statusCode}: ${res.body}`);
  const me = res.json<Me>();
  return { cookie: sessionCookie(res), csrf: me.csrfToken, me };
};

export const signIn = async (kehu: Kehu, email: string, password: string): Promise<Session> =>
  sessionFrom(
    await kehu.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } }),
  );

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Calls the API as a signed-in session (with its CSRF token) or anonymously. */
export const call = (
  kehu: Kehu,
  session: Session | null,
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  kehu.app.inject({
    method,
    url,
    payload: payload as never,
    headers: { ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}), ...headers },
  });
