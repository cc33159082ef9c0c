// register.ts against the local stand-in: PUTs the /qfin definition to the right route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/adapters/config.js';
import { data } from '../src/adapters/discord/commands/qfin.js';
import { registerCommands } from '../src/adapters/discord/register.js';
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
});
