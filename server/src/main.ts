// Reads the configuration, creates the app, listens, and closes gracefully on SIGINT/SIGTERM.
import { createApp } from './app';
import { ConfigError, createConfig } from './config';
import { createLogger } from './log';

async function main(): Promise<void> {
  const config = createConfig(process.env);
  const log = createLogger(config.logLevel);
  const t0 = performance.now();
  const app = await createApp({ config, log });
  const { url, backfill } = await app.listen();

  console.log(
    `Caohu dashboard listening on ${url} (seq ${app.projection.state.seq}, started in ${Math.round(performance.now() - t0)} ms)`,
  );
  if (app.keyFile) {
    console.log(
      `Feed key (${app.keyFile.created ? 'generated, ' : ''}stored in ${app.keyFile.file}): ${app.keyFile.key}`,
    );
  } else {
    console.log(`Feed keys from FEED_KEYS: ${app.feedKeys.map((k) => k.name).join(', ')}`);
  }
  if (app.firstAdmin?.generatedPassword) {
    // Printed this once (and kept in the file until the password is changed).
    console.log(
      `First admin created: username "${app.firstAdmin.username}", one-time password ${app.firstAdmin.generatedPassword}\n` +
        `  (also in ${app.firstAdmin.file}; sign in and change it, or run: npm run user -- passwd ${app.firstAdmin.username})`,
    );
  } else if (app.firstAdmin) {
    console.log(`First admin "${app.firstAdmin.username}" set from ADMIN_USERNAME / ADMIN_PASSWORD`);
  }
  if (backfill) {
    log.info(
      `simulator backfill: ${backfill.reports} reports, ${backfill.inspections} inspections, ${backfill.rectifications} rectifications ` +
        `→ ${backfill.accepted} accepted (${backfill.merged} merged), ${backfill.duplicates} duplicates, ${backfill.rejected} rejected in ${backfill.ms} ms`,
    );
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal}: closing`);
    const force = setTimeout(() => {
      log.error('close took too long; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error('close failed', err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  // Configuration and data errors are meant for the operator: the message, not a stack.
  const known =
    err instanceof ConfigError ||
    (err instanceof Error && /^(AreaDataError|EventStoreError|AccountsStoreError)$/.test(err.name));
  console.error(known ? (err as Error).message : err);
  process.exit(1);
});
