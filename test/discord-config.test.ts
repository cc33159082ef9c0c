import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/adapters/config.js';
import { discordConfigFromEnv } from '../src/adapters/discord/config.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

function problems(env: Record<string, string | undefined>): string[] {
  try {
    discordConfigFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('discordConfigFromEnv', () => {
  it('is null (Discord off) when no DISCORD_ variable is set, or only blank ones', () => {
    expect(discordConfigFromEnv({})).toBeNull();
    expect(discordConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: '  ', DISCORD_APP_ID: '' })).toBeNull();
  });

  it('needs only the token; app and guild ids are optional', () => {
    expect(discordConfigFromEnv({ DISCORD_TOKEN: TOKEN })).toEqual({ token: TOKEN });
    expect(
      discordConfigFromEnv({ DISCORD_TOKEN: ` ${TOKEN} `, DISCORD_APP_ID: '100000000000000001', DISCORD_GUILD_ID: '200000000000000002' }),
    ).toEqual({ token: TOKEN, appId: '100000000000000001', guildId: '200000000000000002' });
  });

  it('names a missing token when another DISCORD_ variable is set', () => {
    const p = problems({ DISCORD_APP_ID: '100000000000000001' });
    expect(p).toEqual(['DISCORD_TOKEN is not set']);
  });

  it('names each malformed variable', () => {
    const p = problems({ DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APP_ID: 'my-app', DISCORD_GUILD_ID: '12' });
    expect(p).toHaveLength(3);
    expect(p.find((x) => x.startsWith('DISCORD_TOKEN:'))).toMatch(/Bot/);
    expect(p.find((x) => x.startsWith('DISCORD_APP_ID:'))).toMatch(/snowflake/);
    expect(p.find((x) => x.startsWith('DISCORD_GUILD_ID:'))).toMatch(/snowflake/);
  });

  it('does not load discord.js (checking configuration stays cheap)', async () => {
    // Each test file runs in its own process: what is in the module cache was loaded by this file.
    const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/discord.js/'));
    await import('../src/adapters/discord/config.js');
    expect(loaded()).toBe(false);
    await import('discord.js');
    expect(loaded()).toBe(true);
  });
});
