// Many screens at once for the socket benchmarks: socket.io-client sockets (websocket) that each send
// `sync` and count as connected once their snapshot has arrived.
import { io as connectSocket, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '../../core/protocol/sync';

export type Screen = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects `count` screens with a display token, `parallel` at a time, each synced (its snapshot received). */
export async function connectScreens(
  url: string,
  token: string,
  count: number,
  parallel = 50,
): Promise<Screen[]> {
  const screens: Screen[] = [];
  const one = () =>
    new Promise<Screen>((resolve, reject) => {
      const socket: Screen = connectSocket(url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth: { token },
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

/**
 * Screens that cost this process almost nothing: engine.io over a bare WebSocket (`ws`, which
 * socket.io itself uses), answering pings and sending `sync`, never decoding what arrives. They
 * stand in for screens on other machines, so that the timed screens are not queued behind a
 * thousand JSON parses in one event loop. Resolves when each has received its snapshot.
 */
export async function connectRawScreens(
  url: string,
  token: string,
  count: number,
  parallel = 50,
): Promise<WebSocket[]> {
  const wsUrl = `${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
  const sync = `42${JSON.stringify(['sync', { protocol: PROTOCOL_VERSION, lastSeq: null }])}`;
  const one = () =>
    new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(wsUrl);
      const timer = setTimeout(() => reject(new Error('raw screen did not sync within 30 s')), 30_000);
      let synced = false;
      ws.on('message', (data: Buffer) => {
        const type = data[0]; // engine.io packet type, then socket.io's
        if (type === 0x32 /* '2' ping */) ws.send('3');
        else if (type === 0x30 /* '0' open */) ws.send(`40${JSON.stringify({ token })}`);
        else if (!synced && data.subarray(0, 2).toString() === '40') ws.send(sync);
        else if (!synced && data.subarray(0, 13).toString() === '42["snapshot"') {
          synced = true;
          clearTimeout(timer);
          resolve(ws);
        }
      });
      ws.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  const screens: WebSocket[] = [];
  for (let i = 0; i < count; i += parallel) {
    screens.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, one))));
  }
  return screens;
}
