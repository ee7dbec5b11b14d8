// Many screens at once for the socket benchmarks: socket.io-client sockets (websocket) that each send
// `sync` and count as connected once their snapshot has arrived.
import { io as connectSocket, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '../../core/protocol/sync';

export type Screen = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects `count` screens, `parallel` at a time, each synced (its snapshot received). */
export async function connectScreens(url: string, count: number, parallel = 50): Promise<Screen[]> {
  const screens: Screen[] = [];
  const one = () =>
    new Promise<Screen>((resolve, reject) => {
      const socket: Screen = connectSocket(url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      const timer = setTimeout(() => reject(new Error('screen did not sync within 30 s')), 30_000);
      socket.once('connect', () => socket.emit('sync', { protocol: PROTOCOL_VERSION, lastSeq: null }));
      socket.once('snapshot', () => {
        clearTimeout(timer);
        resolve(socket);
      });
      socket.once('connect_error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  for (let i = 0; i < count; i += parallel) {
    screens.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, one))));
  }
  return screens;
}

export function closeScreens(screens: Screen[]): void {
  for (const screen of screens) screen.disconnect();
}
