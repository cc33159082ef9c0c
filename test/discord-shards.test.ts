// DISCORD_SHARDS=2: discord.js's ShardingManager starts two shard processes (the bundled dist/bundle/shard.js)
// against the local gateway stand-in; each identifies with its shard id and answers its own guilds.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBot } from '../src/bot.js';
import { type Service, startService } from '../src/start.js';
import { callbackPath, channelOf, DiscordStandIn, IDS, shardOf } from './discord-standin.js';
import { captureLogs } from './log-capture.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.stand-in.token';
const REVENUE = 'What was total net revenue in Q1 2024?';
/** One guild on each shard: a guild's shard is (id >> 22) % 2. */
const GUILDS = [IDS.guild, String(BigInt(IDS.guild) + (1n << 22n))];
const standIn = new DiscordStandIn({ guilds: GUILDS });
const logs = captureLogs({ LOG_LEVEL: 'info' });
let service: Service;

beforeAll(async () => {
  await standIn.start();
  service = await startService(loadBot(), { DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: '2' }, {
    logger: logs.logger,
    signals: false,
    exit: () => {},
    shards: { file: resolve('dist/bundle/shard.js'), spawnDelayMs: 0, settings: { rest: { api: standIn.api } } },
  });
}, 60_000);

afterAll(async () => {
  await service?.shutdown();
  await standIn.close();
});

describe('Discord sharded through ShardingManager', () => {
  it('starts one process per shard, each identifying with its shard id', () => {
    expect(GUILDS.map((g) => shardOf(g, 2))).toEqual([0, 1]);
    const identified = standIn.frames.filter((f) => f.op === 2).map((f) => f.d.shard);
    expect(identified.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(service.runtime.lifecycle.ready).toBe(true);
  });

  it('answers an interaction on the shard of its guild', async () => {
    for (const guild of GUILDS) {
      const i = standIn.slashCommand(REVENUE, channelOf(guild), guild);
      const reply = await standIn.waitForRequest((r) => r.path === callbackPath(i), 10_000, `the answer in guild ${guild}`);
      expect(reply.body.data.embeds[0].description).toContain('RMB4,153.2 million');
    }
  });
});
