// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it),
// Path=/, Secure when the site runs behind HTTPS (COOKIE_SECURE=true).
import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '../../../core/protocol/auth';

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return /^[A-Za-z0-9_-]{1,128}$/.test(value) ? value : null;
  }
  return null;
}

export const sessionIdOf = (req: Request) => readCookie(req.get('cookie'), SESSION_COOKIE);

export function setSessionCookie(res: Response, value: string, opts: { secure: boolean; maxAgeMs: number }) {
  res.cookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: opts.secure,
    path: '/',
    maxAge: opts.maxAgeMs,
  });
}

export function clearSessionCookie(res: Response, opts: { secure: boolean }) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: opts.secure, path: '/' });
}
