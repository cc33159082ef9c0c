// Registers the /qfin slash command: `node dist/adapters/discord/register.js`.
// Globally by default (may take a while to show up everywhere), or in one guild at once when
// DISCORD_GUILD_ID is set. Needs DISCORD_TOKEN and DISCORD_APP_ID (environment or .env).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseEnv } from 'node:util';
import { REST, Routes } from 'discord.js';
import { ConfigError } from '../config.js';
import { data } from './commands/qfin.js';
import { discordConfigFromEnv, type DiscordConfig } from './config.js';

export const commands = [data];

export interface RegisterResult {
  scope: 'global' | 'guild';
  route: string;
  names: string[];
}

/** PUTs the command list (replacing what was registered before) for the app, globally or in one guild. */
export async function registerCommands(
  config: DiscordConfig,
  opts: { rest?: { api: string } } = {},
): Promise<RegisterResult> {
  if (!config.appId) throw new ConfigError(['DISCORD_APP_ID is not set (needed to register commands)']);
  const rest = new REST({ version: '10', ...(opts.rest && { api: opts.rest.api }) }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.appId, config.guildId)
    : Routes.applicationCommands(config.appId);
  const body = commands.map((command) => command.toJSON());
  const registered = (await rest.put(route, { body })) as { name: string }[];
  return {
    scope: config.guildId ? 'guild' : 'global',
    route,
    names: Array.isArray(registered) ? registered.map((c) => c.name) : body.map((c) => c.name),
  };
}

/** The environment with a .env file's variables beneath it: as `npm start` reads it, variables already set win. */
export function withEnvFile(env: NodeJS.ProcessEnv, file = '.env'): NodeJS.ProcessEnv {
  return existsSync(file) ? { ...parseEnv(readFileSync(file, 'utf8')), ...env } : env;
}

/** The script: registers from `env` and the .env file, says what happened, returns the exit code. */
export async function registerFromEnv(
  env: NodeJS.ProcessEnv,
  opts: { envFile?: string; rest?: { api: string }; say?: (line: string) => void; complain?: (line: string) => void } = {},
): Promise<number> {
  const { say = console.log, complain = console.error } = opts;
  try {
    const config = discordConfigFromEnv(withEnvFile(env, opts.envFile));
    if (config === null) {
      complain('Discord is not configured: set DISCORD_TOKEN and DISCORD_APP_ID (and DISCORD_GUILD_ID for one guild).');
      return 2;
    }
    const result = await registerCommands(config, opts.rest ? { rest: opts.rest } : {});
    const where = result.scope === 'guild' ? `in guild ${config.guildId}` : 'globally (may take up to an hour to appear)';
    say(`Registered ${result.names.map((n) => `/${n}`).join(', ')} ${where}.`);
    return 0;
  } catch (error) {
    complain(error instanceof ConfigError ? error.message : `Registration failed: ${String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await registerFromEnv(process.env);
}
