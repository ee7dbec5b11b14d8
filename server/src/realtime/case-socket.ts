// Case work over the socket: `case:action` (as POST /api/v1/cases/actions, answered in the ack),
// and `case:focus` → `presence` to the dispatchers' room (who is working which case; cleared on
// disconnect). The actor is the socket's signed-in user, never the payload; who may send what is
// the access table's (core/protocol/access.ts).
import { roleAllowed, SOCKET_EVENTS, SOCKET_ROOMS } from '../../../core/protocol/access';
import { CASE_ACTION_LIMITS, caseFocusSchema, type CaseActionAck } from '../../../core/protocol/case-actions';
import type { CaseActions } from '../cases/perform-action';
import { actorOfUser, socketUserOf } from '../http/acting-user';
import type { Logger } from '../log';
import { allowSocketEvent, type LiveServer, type LiveSocket } from './socket-auth';
import { createPresence } from './presence';

const DISPATCH_ROOM = 'dispatchers' satisfies keyof typeof SOCKET_ROOMS;

export function attachCaseSocket(deps: { io: LiveServer; cases: CaseActions; log: Logger }): void {
  const { io, cases, log } = deps;
  const presence = createPresence();
  const broadcast = () => io.to(DISPATCH_ROOM).emit('presence', presence.view());

  // One set of handlers for every socket (`this` is the socket): a screen costs the server no
  // closures of its own.
  function onCaseAction(this: LiveSocket, payload: unknown, ack: unknown): void {
    if (typeof ack !== 'function') return; // nobody to answer: nothing is done
    const refuse = (answer: CaseActionAck) => (ack as (answer: CaseActionAck) => void)(answer);
    const user = socketUserOf(this);
    if (!user) return refuse({ error: 'unauthenticated', reason: 'sign in first' });
    if (!roleAllowed(SOCKET_EVENTS['case:action'], user.role))
      return refuse({ error: 'forbidden', reason: `the role ${user.role} may not act on cases` });
    if (!allowSocketEvent(this, 'case:action'))
      return refuse({ error: 'rate-limited', reason: 'too many events a second' });
    const items: unknown[] = Array.isArray(payload) ? payload : [payload];
    if (items.length === 0) return refuse({ error: 'empty-batch', reason: 'the array holds no actions' });
    if (items.length > CASE_ACTION_LIMITS.batch)
      return refuse({
        error: 'too-many-items',
        reason: `at most ${CASE_ACTION_LIMITS.batch} actions per request`,
      });
    cases.perform(items, actorOfUser(user)).then(refuse, (err: unknown) => {
      log.error('case:action failed', err);
      const store = (err as Error | undefined)?.name === 'EventStoreError';
      refuse({
        error: store ? 'store-unavailable' : 'internal',
        reason: store ? 'the event log could not be written: nothing was kept' : 'internal server error',
      });
    });
  }

  function onCaseFocus(this: LiveSocket, payload: unknown): void {
    const user = socketUserOf(this);
    if (!user || !allowSocketEvent(this, 'case:focus')) return;
    const parsed = caseFocusSchema.safeParse(payload);
    if (!parsed.success) return;
    if (presence.focus(this.id, { id: user.id, name: user.name }, parsed.data.caseId)) broadcast();
  }

  function onDisconnect(this: LiveSocket): void {
    if (presence.leave(this.id)) broadcast();
  }

  io.on('connection', (socket) => {
    const user = socketUserOf(socket);
    // Its rooms were joined at the handshake (socket-auth.ts): a dispatcher learns the picture now.
    if (user && roleAllowed(SOCKET_ROOMS[DISPATCH_ROOM], user.role)) socket.emit('presence', presence.view());
    socket.on('case:action', onCaseAction);
    socket.on('case:focus', onCaseFocus);
    socket.on('disconnect', onDisconnect);
  });
}
