// register.ts against the local stand-in: PUTs the /qfin definition to the right route.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/adapters/config.js';
import { data } from '../src/adapters/discord/commands/qfin.js';
import { registerCommands, registerFromEnv } from '../src/adapters/discord/register.js';
import { DiscordStandIn, IDS } from './discord-standin.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.stand-in.token';

describe('registering the slash command', () => {
  const standIn = new DiscordStandIn();
  beforeAll(() => standIn.start());
  afterAll(() => standIn.close());

  it('defines /qfin with a required, autocompleted question option', () => {
    const json = data.toJSON();
    expect(json.name).toBe('qfin');
    expect(json.options).toHaveLength(1);
    expect(json.options![0]).toMatchObject({ name: 'question', type: 3, required: true, autocomplete: true });
  });

  it('registers in one guild when DISCORD_GUILD_ID is set', async () => {
    const result = await registerCommands({ token: TOKEN, appId: IDS.app, guildId: IDS.guild }, { rest: { api: standIn.api } });
    expect(result).toMatchObject({ scope: 'guild', names: ['qfin'] });
    const put = standIn.requests.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(put.path).toBe(`/applications/${IDS.app}/guilds/${IDS.guild}/commands`);
    expect(put.body).toEqual([data.toJSON()]);
  });

  it('registers globally otherwise', async () => {
    const result = await registerCommands({ token: TOKEN, appId: IDS.app }, { rest: { api: standIn.api } });
    expect(result.scope).toBe('global');
    expect(standIn.requests.at(-1)!.path).toBe(`/applications/${IDS.app}/commands`);
  });

  it('needs DISCORD_APP_ID', async () => {
    await expect(registerCommands({ token: TOKEN })).rejects.toThrow(ConfigError);
    await expect(registerCommands({ token: TOKEN })).rejects.toThrow(/DISCORD_APP_ID/);
  });

  it('reads DISCORD_* from .env, as npm start does, variables already set winning', async () => {
    const envFile = join(mkdtempSync(join(tmpdir(), 'qfin-register-')), '.env');
    writeFileSync(envFile, `# the bot\nDISCORD_TOKEN=${TOKEN}\nDISCORD_APP_ID=${IDS.app}\nDISCORD_GUILD_ID=${IDS.guild}\n`);
    const said: string[] = [];
    const opts = { envFile, rest: { api: standIn.api }, say: (l: string) => said.push(l), complain: (l: string) => said.push(l) };
    expect(await registerFromEnv({}, opts)).toBe(0);
    expect(standIn.requests.at(-1)!.path).toBe(`/applications/${IDS.app}/guilds/${IDS.guild}/commands`);
    expect(said.at(-1)).toBe(`Registered /qfin in guild ${IDS.guild}.`);
    const otherGuild = '123456789012345678';
    expect(await registerFromEnv({ DISCORD_GUILD_ID: otherGuild }, opts)).toBe(0);
    expect(standIn.requests.at(-1)!.path).toBe(`/applications/${IDS.app}/guilds/${otherGuild}/commands`);
    expect(await registerFromEnv({}, { ...opts, envFile: join(tmpdir(), 'qfin-no-such-dir', '.env') })).toBe(2);
    expect(said.at(-1)).toMatch(/^Discord is not configured/);
  });
});
