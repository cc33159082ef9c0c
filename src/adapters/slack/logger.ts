// Bolt logs through the process's pino logger: its `(...msg)` calls become one JSON line each, with an
// Error among the arguments logged as `err`.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../ops/log.js';

const BOLT_LEVEL: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

function text(part: unknown): string {
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'bolt' });
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      if (!log.isLevelEnabled(level)) return;
      const err = msg.find((m) => m instanceof Error);
      log[level](err ? { err } : {}, msg.filter((m) => m !== err).map(text).join(' '));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    // The level is the process's (LOG_LEVEL), not Bolt's to change.
    setLevel() {},
    getLevel: () => BOLT_LEVEL[log.level] ?? LogLevel.ERROR,
    setName() {},
  };
}
