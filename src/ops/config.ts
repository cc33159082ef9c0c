// The service's own settings (all optional), validated with the platforms' so one run names every problem.
import { z } from 'zod';
import { ConfigError } from '../adapters/config.js';
import { LOG_LEVELS } from './log.js';

export interface ServiceConfig {
  /** A port of its own for /healthz and /readyz (the Slack HTTP port serves them too). */
  healthPort?: number;
  /** Conversation context and delivery ids in Redis, shared by every instance. */
  redisUrl?: string;
  /** Discord through discord.js's ShardingManager: 'auto' (Discord's recommendation) or a count. */
  discordShards?: 'auto' | number;
}

const port = z.string().refine((s) => /^\d{1,5}$/.test(s) && Number(s) <= 65535, 'must be a port number from 0 to 65535');

const schema = z.object({
  LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).optional(),
  HEALTH_PORT: port.optional(),
  REDIS_URL: z
    .string()
    .refine((s) => /^rediss?:\/\//.test(s), 'must be a redis:// or rediss:// URL')
    .optional(),
  DISCORD_SHARDS: z
    .string()
    .refine((s) => s === 'auto' || (/^\d{1,4}$/.test(s) && Number(s) >= 1), 'must be "auto" or a number of shards from 1')
    .optional(),
});

export function serviceConfigFromEnv(env: Record<string, string | undefined>): ServiceConfig {
  const input = Object.fromEntries(Object.keys(schema.shape).flatMap((k) => (env[k]?.trim() ? [[k, env[k]!.trim()]] : [])));
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const v = parsed.data;
  return {
    ...(v.HEALTH_PORT !== undefined && { healthPort: Number(v.HEALTH_PORT) }),
    ...(v.REDIS_URL !== undefined && { redisUrl: v.REDIS_URL }),
    ...(v.DISCORD_SHARDS !== undefined && { discordShards: v.DISCORD_SHARDS === 'auto' ? 'auto' : Number(v.DISCORD_SHARDS) }),
  };
}
