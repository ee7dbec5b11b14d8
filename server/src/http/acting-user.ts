// Who is acting: the signed-in user that the accounts middleware put on the request
// (`res.locals.user`) or the socket (`socket.data.user`). Routes ask here and nowhere else, so
// the sign-in itself is one middleware in app.ts. A field account acts as its person in the field.
import type { RequestHandler, Response } from 'express';
import { USER_ROLES, type Actor, type UserRole } from '../../../core/domain/model';
import { HttpError } from './errors';

export interface ActingUser {
  id: string;
  name: string;
  role: UserRole;
  /** For grid-worker and responder accounts: their person on the roster. */
  personId?: string;
}

/** Staff who may act on cases and see who works which. */
export const DISPATCH_ROLES: readonly UserRole[] = ['dispatcher', 'admin'];
/** Everyone who takes case actions (the workflow table says which action for whom). */
export const ACTING_ROLES: readonly UserRole[] = [
  'leader',
  'dispatcher',
  'admin',
  'grid-worker',
  'responder',
];
export const FIELD_ROLES: readonly UserRole[] = ['grid-worker', 'responder'];

function asUser(value: unknown): ActingUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const u = value as Record<string, unknown>;
  if (typeof u.id !== 'string' || !USER_ROLES.includes(u.role as UserRole)) return null;
  return {
    id: u.id,
    name: typeof u.name === 'string' ? u.name : '',
    role: u.role as UserRole,
    ...(typeof u.personId === 'string' ? { personId: u.personId } : {}),
  };
}

export function userOf(res: Response): ActingUser | null {
  return asUser(res.locals.user);
}

export function socketUserOf(socket: { data: unknown }): ActingUser | null {
  return asUser((socket.data as { user?: unknown } | undefined)?.user);
}

/** The actor of the events a user causes: field accounts act as their person (the case's assignee). */
export function actorOfUser(user: ActingUser): Extract<Actor, { kind: 'user' }> {
  const id = FIELD_ROLES.includes(user.role) && user.personId ? user.personId : user.id;
  return { kind: 'user', id, ...(user.name ? { name: user.name } : {}), role: user.role };
}

/** 401 without a signed-in user, 403 with a role not in `roles`. */
export function requireRole(roles: readonly UserRole[] = USER_ROLES): RequestHandler {
  return (_req, res, next) => {
    const user = userOf(res);
    if (!user) next(new HttpError(401, 'unauthenticated', 'sign in first'));
    else if (!roles.includes(user.role))
      next(new HttpError(403, 'forbidden', `needs one of: ${roles.join(', ')}`));
    else next();
  };
}
