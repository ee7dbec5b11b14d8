// `npm run backup -- FILE`: a consistent copy of the event log while the server runs. SQLite's
// online backup API reads the live WAL database page by page under a read transaction, so the
// copy is the log at one moment, with every committed event up to it. The copy is checked before
// this says it is done. The accounts database (users, sessions, tokens, feed keys) is copied the
// same way beside it, to FILE with `.accounts` before its extension. DATA_DIR as for the server
// (default ./var).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ACCOUNTS_DB_FILE } from '../server/src/accounts/accounts-db';
import { DB_FILE } from '../server/src/store/sqlite-event-store';

/** Where the accounts copy of a backup FILE goes: `x.db` → `x.accounts.db`. */
function accountsCopyOf(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.accounts${ext || '.db'}`;
}

async function copyAccounts(dataDir: string, out: string): Promise<void> {
  const source = path.join(dataDir, ACCOUNTS_DB_FILE);
  if (!fs.existsSync(source)) return;
  const target = accountsCopyOf(out);
  if (fs.existsSync(target)) throw new Error(`${target} exists: choose a new file name`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  fs.chmodSync(target, 0o600); // password hashes
  const copy = new Database(target);
  copy.pragma('journal_mode = DELETE'); // one self-contained file
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy ${target} fails its check: ${String(check)}`);
    const users = copy.prepare('SELECT COUNT(*) FROM users').pluck().get() as number;
    console.log(`Backed up ${source} to ${target}: ${users} users`);
  } finally {
    copy.close();
  }
}

async function main(): Promise<void> {
  const target = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!target) {
    console.error('usage: npm run backup -- FILE   (reads $DATA_DIR/caohu.db, DATA_DIR defaults to ./var)');
    process.exit(2);
  }
  const source = path.resolve(process.env.DATA_DIR ?? './var', DB_FILE);
  if (!fs.existsSync(source)) throw new Error(`no event log at ${source} (set DATA_DIR)`);
  const out = path.resolve(target);
  if (fs.existsSync(out)) throw new Error(`${out} exists: choose a new file name`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const started = performance.now();
  try {
    await db.backup(out);
  } finally {
    db.close();
  }
  const copy = new Database(out, { readonly: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy ${out} fails its check: ${String(check)}`);
    const seq = copy.prepare('SELECT COALESCE(MAX(seq), 0) FROM events').pluck().get() as number;
    const mb = (fs.statSync(out).size / 1e6).toFixed(1);
    console.log(
      `Backed up ${source} to ${out}: events 1..${seq}, ${mb} MB in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    copy.close();
  }
  await copyAccounts(path.dirname(source), out);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
