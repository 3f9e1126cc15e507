import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../config';
import type { SignedIn } from './auth.service';

export const SESSION_COOKIE = 'kehu_session';

/** Who is on the other end of a request that has no actor yet (sign-in, setup, invitations). */
export const clientInfo = (req: FastifyRequest) => ({
  ip: req.ip,
  userAgent: req.headers['user-agent'] ?? null,
  requestId: req.id,
});

/** httpOnly, SameSite=Lax; Secure behind HTTPS (or always, per KEHU_SECURE_COOKIES). */
export const setSessionCookie = (
  config: Config,
  req: FastifyRequest,
  reply: FastifyReply,
  signedIn: SignedIn,
) => {
  const secure = config.secureCookies === 'auto' ? req.protocol === 'https' : config.secureCookies === 'true';
  void reply.setCookie(SESSION_COOKIE, signedIn.sessionToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: config.sessionMaxDays * 86_400,
  });
  return signedIn.me;
};

/** KEHU_BASE_URL when set, else the address the request came to. */
export const publicBaseUrl = (config: Config, req: FastifyRequest) =>
  config.baseUrl ?? `${req.protocol}://${req.host}`;
