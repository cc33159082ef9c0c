// One Discord shard, started by ShardingManager (DISCORD_SHARDS; src/adapters/discord/shards.ts) in a
// process of its own. discord.js reads the shard's id and the count from the environment the manager
// sets; this runs the same service as `qfin start` with Discord only, unsharded within the process.
import { SETTINGS_FLAG, type ShardSettings } from './adapters/discord/shards.js';
import { ConfigError } from './adapters/config.js';
import { openBot } from './open.js';
import { startService } from './start.js';

const at = process.argv.indexOf(SETTINGS_FLAG);
const settings = JSON.parse(at >= 0 ? (process.argv[at + 1] ?? '{}') : '{}') as Partial<ShardSettings>;
// Slack, the health port and sharding are the manager's process's; this one is one shard's Discord.
const env = { ...process.env, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_MODE: '', HEALTH_PORT: '', DISCORD_SHARDS: '' };
try {
  await startService(await openBot({ releases: settings.releases ?? [] }), env, {
    discord: { ...(settings.rest && { rest: settings.rest }), ...(settings.gatewayUrl && { ws: { gatewayUrl: settings.gatewayUrl } }) },
  });
} catch (err) {
  process.stderr.write(`qfin shard: ${err instanceof ConfigError ? err.message : String((err as Error).stack ?? err)}\n`);
  process.exit(2);
}
