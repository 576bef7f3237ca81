import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './context.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Checks a write request's bearer token: 403 when the server has no token (writes are off),
 * 401 when the request has none or a wrong one. Digests make the comparison constant-time.
 */
export function requireToken(token: string | undefined) {
  return async (req: FastifyRequest) => {
    if (!token)
      throw new HttpError(403, 'writes are disabled: start the server with --token T or CHRONICLE_TOKEN');
    const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (!m) throw new HttpError(401, 'missing token: send Authorization: Bearer <token>');
    if (!timingSafeEqual(digest(m[1].trim()), digest(token))) throw new HttpError(401, 'wrong token');
  };
}
