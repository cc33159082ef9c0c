// Slack settings from the environment. Kept free of @slack/bolt so the entry point can decide whether
// Slack is configured without paying for loading Bolt.
import { z } from 'zod';
import { readConfig } from '../config.js';

export type SlackConfig =
  | { mode: 'socket'; botToken: string; appToken: string }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number; host?: string };

const DEFAULT_PORT = 3000;

/** SLACK_MODE when set; otherwise an app-level token means socket mode. */
const modeOf = (env: { SLACK_MODE?: string | undefined; SLACK_APP_TOKEN?: string | undefined }) =>
  env.SLACK_MODE ?? (env.SLACK_APP_TOKEN ? 'socket' : 'http');

const schema = z
  .object({
    SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb-'),
    SLACK_APP_TOKEN: z
      .string()
      .startsWith('xapp-', 'must be an app-level token starting with xapp-')
      .optional(),
    SLACK_SIGNING_SECRET: z.string().optional(),
    SLACK_MODE: z.enum(['socket', 'http'], 'must be "socket" or "http"').optional(),
    SLACK_PORT: z
      .string()
      .refine((s) => /^\d{1,5}$/.test(s) && Number(s) <= 65535, 'must be a port number from 0 to 65535')
      .optional(),
    SLACK_HOST: z.string().optional(),
  })
  // `when` runs this even if a field above failed, so one run names every problem.
  .superRefine(
    (env, ctx) => {
      const mode = modeOf(env);
      if (mode === 'socket' && !env.SLACK_APP_TOKEN)
        ctx.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'not set; socket mode needs it' });
      if (mode === 'http' && !env.SLACK_SIGNING_SECRET)
        ctx.addIssue({
          code: 'custom',
          path: ['SLACK_SIGNING_SECRET'],
          message: 'not set; HTTP mode needs it (or set SLACK_APP_TOKEN for socket mode)',
        });
    },
    { when: () => true },
  );

/** The Slack configuration, or null when no Slack token, secret or mode is set. Throws ConfigError. */
export function slackConfigFromEnv(env: Record<string, string | undefined>): SlackConfig | null {
  const vars = readConfig(schema, env, [
    'SLACK_BOT_TOKEN',
    'SLACK_APP_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_MODE',
  ]);
  if (vars === null) return null;
  // The refinement guarantees the mode's own credential is present.
  if (modeOf(vars) === 'socket') return { mode: 'socket', botToken: vars.SLACK_BOT_TOKEN, appToken: vars.SLACK_APP_TOKEN! };
  return {
    mode: 'http',
    botToken: vars.SLACK_BOT_TOKEN,
    signingSecret: vars.SLACK_SIGNING_SECRET!,
    port: vars.SLACK_PORT === undefined ? DEFAULT_PORT : Number(vars.SLACK_PORT),
    ...(vars.SLACK_HOST === undefined ? {} : { host: vars.SLACK_HOST }),
  };
}
