// The real pino logger of src/ops/log.ts, writing its JSON lines into memory for a test to read.
import { createLogger, type Logger } from '../src/ops/log.js';

export interface Captured {
  logger: Logger;
  /** Every line as written (one JSON document each). */
  raw: string[];
  /** The lines parsed. */
  lines(): Record<string, any>[];
}

export function captureLogs(env: NodeJS.ProcessEnv = {}): Captured {
  const raw: string[] = [];
  const logger = createLogger({ LOG_LEVEL: 'debug', ...env }, { destination: { write: (s: string) => void raw.push(s) } });
  return { logger, raw, lines: () => raw.map((s) => JSON.parse(s)) };
}
