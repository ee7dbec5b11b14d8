// Who is acting: the signed-in user the access guard found for the request (`res.locals.auth`) or
// the socket (`socket.data.principal`). Routes ask here, so the actor never comes from a body.
// A field account acts as its person in the field (the id cases are dispatched to).
import type { Response } from 'express';
import type { Actor } from '../../../core/domain/model';
import { FIELD_ROLES } from '../../../core/protocol/access';
import type { AuthUser } from '../../../core/protocol/auth';
import type { Principal } from '../accounts/principal';
import { principalOf } from './access-guard';

export type ActingUser = AuthUser;

/** The signed-in user of a request that passed the guard (throws 401 when there is none). */
export function userOf(res: Response): ActingUser {
  return principalOf(res).user;
}

export function socketUserOf(socket: { data: unknown }): ActingUser | null {
  return (socket.data as { principal?: Principal } | undefined)?.principal?.user ?? null;
}

/** The actor of the events a user causes: field accounts act as their person (the case's assignee). */
export function actorOfUser(user: ActingUser): Extract<Actor, { kind: 'user' }> {
  const field = (FIELD_ROLES as readonly string[]).includes(user.role);
  const id = field && user.personId ? user.personId : user.id;
  return { kind: 'user', id, ...(user.name ? { name: user.name } : {}), role: user.role };
}
