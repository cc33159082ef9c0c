// Structured logs: one pino logger for the whole process (JSON lines on stderr, level from LOG_LEVEL),
// handed to Bolt and discord.js too. Secrets never reach a line: known keys are redacted by path, and
// the configured token values and anything shaped like a Slack token are scrubbed from the text itself
// (a token can hide inside an error message, where no path reaches it).
import { createHash } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import { literal } from '../knowledge/literal.js';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Variables whose values are secrets wherever they show up. */
const SECRET_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN'];
/** Slack tokens (xoxb-, xoxp-, xapp- …) and a password inside a redis:// URL. */
const TOKEN_SHAPES = [/\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g, /(?<=rediss?:\/\/[^:@/\s]*:)[^@\s]+(?=@)/g];
const REDACTED = '[redacted]';


/** Replaces every secret value and token shape in `line`. */
export function scrubber(env: NodeJS.ProcessEnv): (line: string) => string {
  const values = SECRET_VARIABLES.map((name) => env[name]?.trim() ?? '').filter((v) => v.length >= 8);
  const patterns = [...TOKEN_SHAPES, ...values.map((v) => new RegExp(literal(JSON.stringify(v).slice(1, -1)), 'g'))];
  return (line) => patterns.reduce((text, re) => text.replace(re, REDACTED), line);
}

export interface LoggerOptions {
  /** Where the JSON lines go (default: stderr, so stdout stays the CLI's). */
  destination?: DestinationStream;
}

/** The process's logger. LOG_LEVEL must be one of LOG_LEVELS (checked with the other variables). */
export function createLogger(env: NodeJS.ProcessEnv = process.env, options: LoggerOptions = {}): Logger {
  const scrub = scrubber(env);
  return pino(
    {
      level: env['LOG_LEVEL']?.trim() || 'info',
      base: { pid: process.pid },
      redact: {
        paths: ['token', '*.token', 'botToken', 'appToken', 'signingSecret', 'headers.authorization', '*.headers.authorization'],
        censor: REDACTED,
      },
      hooks: { streamWrite: scrub },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** A conversation id as logs carry it: stable (lines of one thread group together) but not readable. */
export const hashId = (id: string) => createHash('sha256').update(id).digest('hex').slice(0, 16);
