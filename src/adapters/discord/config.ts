// Discord configuration from the environment. Deliberately free of discord.js so the entry point can
// decide whether Discord is on without paying for loading it (about 0.4 s).
import { z } from 'zod';
import { readConfig } from '../config.js';

export interface DiscordConfig {
  /** Bot token from the Developer Portal (Bot → Reset Token). */
  token: string;
  /** Application id; required to register commands, otherwise read from the client once logged in. */
  appId?: string;
  /** When set, `register` installs the command in this guild only (instant) instead of globally. */
  guildId?: string;
}

/** Discord ids are snowflakes: 64-bit integers written in decimal. */
const snowflake = z.string().regex(/^\d{15,21}$/, 'must be a Discord id (a snowflake: 15 to 21 digits)');

const DiscordEnvSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
      "must be the bot token from the Developer Portal (three dot-separated parts, without a 'Bot ' prefix)",
    ),
  DISCORD_APP_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
});

export const DISCORD_ENV_VARS = Object.keys(DiscordEnvSchema.shape) as readonly string[];

/**
 * Reads DISCORD_TOKEN, DISCORD_APP_ID and DISCORD_GUILD_ID. Returns null when none is set (Discord
 * is off); throws ConfigError naming each missing or malformed variable otherwise.
 */
export function discordConfigFromEnv(env: Record<string, string | undefined>): DiscordConfig | null {
  const raw = readConfig(DiscordEnvSchema, env, DISCORD_ENV_VARS);
  if (raw === null) return null;
  const config: DiscordConfig = { token: raw.DISCORD_TOKEN };
  if (raw.DISCORD_APP_ID !== undefined) config.appId = raw.DISCORD_APP_ID;
  if (raw.DISCORD_GUILD_ID !== undefined) config.guildId = raw.DISCORD_GUILD_ID;
  return config;
}
