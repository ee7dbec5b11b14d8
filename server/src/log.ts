// A small leveled logger: one line per message on stdout (errors on stderr).
import type { LogLevel } from './config';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, err?: unknown): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(level: LogLevel): Logger {
  const at = (l: Exclude<LogLevel, 'silent'>, message: string) => {
    if (RANK[l] < RANK[level]) return;
    const line = `${new Date().toISOString()} ${l.padEnd(5)} ${message}\n`;
    (l === 'error' || l === 'warn' ? process.stderr : process.stdout).write(line);
  };
  return {
    debug: (m) => at('debug', m),
    info: (m) => at('info', m),
    warn: (m) => at('warn', m),
    error: (m, err) => at('error', err instanceof Error ? `${m}: ${err.stack ?? err.message}` : m),
  };
}
