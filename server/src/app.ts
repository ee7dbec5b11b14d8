// createApp(deps): wires the store, the projection, the ingest pipeline, the HTTP routes, the
// Socket.IO hub and the simulator. Only wiring lives here.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Server } from 'socket.io';
import type { Person } from '../../core/domain/people';
import type { TransitionLimits } from '../../core/domain/transition';
import { createCellIndex } from '../../core/geo/cell-index';
import pkg from '../../package.json' with { type: 'json' };
import { createAccounts, type Accounts } from './accounts/accounts';
import { ensureFirstAdmin, FIRST_ADMIN_ACTOR, type FirstAdmin } from './accounts/first-admin';
import type { LoginPolicy } from './accounts/login-guard';
import { loadArea, type Area } from './area/load-area';
import { createCaseActions, type CaseActions } from './cases/perform-action';
import { loadTransitionLimits } from './cases/load-rules';
import type { Config, FeedKey } from './config';
import { createIngest, type Ingest } from './feeds/ingest';
import { preparePlaces } from './feeds/sim-places';
import { createSimulator, type BackfillResult, type Simulator } from './feeds/simulator';
import { createAccessGuard, installAccessGuard } from './http/access-guard';
import { adminRoutes } from './http/admin-routes';
import { authRoutes } from './http/auth-routes';
import { errorHandler, notFound } from './http/errors';
import { loadOrCreateFeedKey } from './http/feed-keys';
import { feedRoutes } from './http/feed-routes';
import { caseRoutes } from './http/case-routes';
import { historyRoutes } from './http/history-routes';
import { peopleRoutes } from './http/people-routes';
import { photoRoutes } from './http/photo-routes';
import { readRoutes } from './http/read-routes';
import { securityHeaders } from './http/security';
import { areaRoutes, clientRoutes } from './http/static-routes';
import { createLogger, type Logger } from './log';
import { loadRoster } from './people/load-roster';
import { createPhotoStore, type PhotoStore } from './photos/photo-store';
import { SIM_PHOTO, SIM_PHOTO_REF } from './feeds/sim-photo';
import { attachCaseSocket } from './realtime/case-socket';
import { createHub, type Hub, type HubTimings, type LiveServer } from './realtime/hub';
import { installSocketAuth } from './realtime/socket-auth';
import type { RetentionLimits } from './realtime/retention';
import { createCheckpointer, type Checkpointer } from './store/checkpointer';
import type { EventStore } from './store/event-store';
import { createLiveProjection, type LiveProjection } from './store/live-projection';
import { inProcessJobs, type ProjectionJobs } from './store/projection-jobs';
import { openSqliteEventStore } from './store/sqlite-event-store';
import { workerJobs } from './store/worker-jobs';

export interface AppDeps {
  config: Config;
  /** The clock of events and the live state (tests run it at any speed). */
  clock?: () => number;
  /** The clock of sessions, tokens and sign-in throttling; wall time by default. */
  authClock?: () => number;
  log?: Logger;
  /** Defaults to SQLite in DATA_DIR (then checkpoints and time travel run in a worker thread). */
  store?: EventStore;
  /** false: start by replaying the whole log, ignoring checkpoints. */
  useCheckpoint?: boolean;
  area?: Area;
  /** Time limits and calendar; defaults to those in config.rulesDir. */
  limits?: TransitionLimits;
  retention?: RetentionLimits;
  timings?: Partial<Omit<HubTimings, 'tickMs'>>;
  /** Stands in for engine.io's write buffer length in tests of stalled screens. */
  backlogOf?: Parameters<typeof createHub>[0]['backlogOf'];
  simulatorStepMs?: number;
  /** The people in the field; defaults to the area's grid workers and config.peopleFile's responders. */
  roster?: Person[];
  /** Sign-in throttling (tests lower the lock time). */
  loginPolicy?: LoginPolicy;
  /** Requests a minute per feed key and changes a minute per user (tests that hammer raise them). */
  rateLimits?: { feedPerMinute?: number; actionsPerMinute?: number };
  /** Password hashing cost (scrypt N, default 2^15); tests that make accounts lower it. */
  scryptN?: number;
  /** How often open sockets are checked against session expiry. */
  socketCheckEveryMs?: number;
}

export interface App {
  app: express.Express;
  httpServer: http.Server;
  io: LiveServer;
  projection: LiveProjection;
  ingest: Ingest;
  /** The one way a case changes state (HTTP, socket and the simulator). */
  cases: CaseActions;
  photos: PhotoStore;
  hub: Hub;
  store: EventStore;
  jobs: ProjectionJobs;
  checkpointer: Checkpointer;
  simulator: Simulator | null;
  /** Keys from FEED_KEYS or the generated one (admin-made keys are in accounts.feedKeys). */
  feedKeys: FeedKey[];
  accounts: Accounts;
  /** Set when this start created the first admin (with the password when it was generated). */
  firstAdmin: FirstAdmin | null;
  /** Set when the key was generated or read from DATA_DIR/feed-key (not from FEED_KEYS). */
  keyFile: { file: string; key: string; created: boolean } | null;
  /** Listens on config.port/host, starts the simulator (backfill first), then audits the first admin. */
  listen(): Promise<{ url: string; port: number; backfill: BackfillResult | null }>;
  close(): Promise<void>;
}

/** Browsers send Origin: a page from another site may not open our socket (no CORS either). */
function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true; // not a browser
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const clock = deps.clock ?? Date.now;
  const log = deps.log ?? createLogger(config.logLevel);
  const startedAtMs = clock();
  const area = deps.area ?? loadArea(config.areaDir);
  const cells = createCellIndex(area.cells);
  const limits = deps.limits ?? loadTransitionLimits(config.rulesDir);
  const roster = deps.roster ?? loadRoster(config.peopleFile, area.cells);
  const people = { roster, offlineAfterMs: config.peopleOfflineMs };
  const photos = createPhotoStore(config.dataDir);

  let feedKeys = config.feedKeys;
  let keyFile: App['keyFile'] = null;
  if (feedKeys.length === 0) {
    const { feedKey, file, created } = loadOrCreateFeedKey(config.dataDir);
    feedKeys = [feedKey];
    keyFile = { file, key: feedKey.key, created };
  }

  const store = deps.store ?? openSqliteEventStore(config.dataDir);
  const enterprises = area.enterprises.features.map((f) => ({
    id: f.properties.id,
    risk: f.properties.risk,
  }));
  const warn = (message: string) => log.warn(message);
  const projection = await createLiveProjection({
    store,
    enterprises,
    clock,
    warn,
    people,
    useCheckpoint: deps.useCheckpoint ?? true,
  }).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  const jobContext = { store, enterprises, people, keepCheckpoints: config.checkpoints.keep, warn };
  const jobs = deps.store
    ? inProcessJobs(jobContext)
    : workerJobs({ ...jobContext, dataDir: config.dataDir });
  const checkpointer = createCheckpointer({
    projection,
    jobs,
    policy: config.checkpoints,
    startSeq: projection.startedFrom.checkpointSeq,
    log,
  });
  const accounts = createAccounts({
    dataDir: config.dataDir,
    clock: deps.authClock ?? Date.now,
    eventClock: clock,
    feedKeys,
    sessions: config.sessions,
    login: deps.loginPolicy,
    scryptN: deps.scryptN,
    record: async (event) => {
      await projection.transact((tx) => tx.apply(event));
    },
  });
  const firstAdmin = await ensureFirstAdmin(accounts.users, config.dataDir, config.admin);
  await accounts.drainPendingAudit();
  const ingest = createIngest({ projection, cells, clock });
  const photoExists = (ref: string) => photos.has(ref);
  const cases = createCaseActions({ projection, clock, limits, photoExists });

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // ETags are set where they mean something (snapshot, static files)
  app.use(securityHeaders(config.basemap?.tiles ?? null));
  const accessGuard = createAccessGuard({
    accounts,
    clock: deps.authClock ?? Date.now,
    actionsPerMinute: deps.rateLimits?.actionsPerMinute,
  });
  installAccessGuard(app, accessGuard);
  app.use(accessGuard.guard);
  const httpServer = http.createServer(app);
  const io: LiveServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 256 * 1024, // `sync`, `case:focus` and case actions (≤ 100 a message)
    // A screen busy drawing (a wall PC without a GPU takes seconds a frame) reads its socket late,
    // the ping behind the data: 20 s (the default) closed such sockets a few times in 10 minutes,
    // each a reconnect and a catch-up. A dead link is still found within 85 s, and the screens show
    // the data's age by the server's heartbeat meanwhile.
    pingTimeout: 60_000,
    allowRequest: (req, done) => done(null, isSameOrigin(req.headers.origin, req.headers.host)),
  });
  const socketAuth = installSocketAuth({ io, accounts, log, checkEveryMs: deps.socketCheckEveryMs });
  app.use(authRoutes({ accounts, cookieSecure: config.cookieSecure, dataDir: config.dataDir }));
  app.use(adminRoutes({ accounts, store, clock }));
  app.use(feedRoutes({ ingest, perMinute: deps.rateLimits?.feedPerMinute }));
  app.use(caseRoutes({ cases }));
  app.use(photoRoutes({ photos }));
  app.use(peopleRoutes({ projection, clock, limits }));
  app.use(historyRoutes({ store, jobs }));
  app.use(
    readRoutes({
      projection,
      clock,
      startedAtMs,
      version: pkg.version,
      clients: () => io.engine.clientsCount,
      runtimeConfig: { basemap: config.basemap },
    }),
  );
  app.use(areaRoutes(config.areaDir));
  const client = clientRoutes(config.clientDir);
  if (client) app.use(client);
  app.use(notFound);
  app.use(errorHandler(log));

  const hub = createHub({
    io,
    projection,
    clock,
    log,
    retention: deps.retention ?? {
      maxSeqs: config.sync.retentionEvents,
      maxAgeMs: config.sync.retentionMs,
    },
    maxBacklog: config.sync.maxBacklog,
    maxLagMs: config.sync.maxLagMs,
    catchUpPart: config.sync.catchUpPart,
    backlogOf: deps.backlogOf,
    timings: { tickMs: config.tickMs, heartbeatMs: 5000, clockRefreshMs: 30_000, ...deps.timings },
  });

  attachCaseSocket({ io, cases, log });

  // The simulator's people photograph their work too: one stored placeholder image.
  const simPhotoRef = config.simulator.enabled ? await photos.keep(SIM_PHOTO_REF, SIM_PHOTO) : '';
  const simulator = config.simulator.enabled
    ? createSimulator({
        places: preparePlaces(area, cells),
        pipelines: (simClock) => ({
          ingest: createIngest({ projection, cells, clock: simClock }),
          cases: createCaseActions({ projection, clock: simClock, limits, photoExists }),
        }),
        limits,
        roster,
        photoRef: simPhotoRef,
        projection,
        clock,
        log,
        options: {
          seed: config.simulator.seed ?? startedAtMs >>> 0,
          speed: config.simulator.speed,
          backfillHours: config.simulator.backfillHours,
          stepMs: deps.simulatorStepMs ?? 1000,
        },
      })
    : null;

  let closed = false;
  return {
    app,
    httpServer,
    io,
    projection,
    ingest,
    cases,
    photos,
    hub,
    store,
    jobs,
    checkpointer,
    simulator,
    feedKeys,
    accounts,
    firstAdmin,
    keyFile,
    async listen() {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const { port } = httpServer.address() as AddressInfo;
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      const backfill = simulator ? await simulator.start() : null;
      // After the backfill, which fills only an empty log and keeps its times going forward.
      if (firstAdmin) {
        const { type, ...subject } = firstAdmin.audit;
        await accounts.audit(type, FIRST_ADMIN_ACTOR, subject);
      }
      return { url: `http://${host}:${port}`, port, backfill };
    },
    async close() {
      if (closed) return;
      closed = true;
      await simulator?.stop();
      hub.stop();
      socketAuth.stop();
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await projection.exclusive(() => undefined); // let in-flight appends finish
      await checkpointer.stop();
      await jobs.close();
      await store.close();
      accounts.close();
    },
  };
}
