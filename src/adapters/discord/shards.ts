// DISCORD_SHARDS: Discord through discord.js's ShardingManager, one process per shard (src/shard.ts),
// for bots in more guilds than one gateway connection may serve. Each shard is a whole bot of its own
// (releases, engine, logs, graceful shutdown); with REDIS_URL they share conversation context.
import { once } from 'node:events';
import { ShardingManager } from 'discord.js';
import type { Logger } from '../../ops/log.js';
import type { DiscordConfig } from './config.js';

/** What the manager passes each shard (on its command line): what a process cannot read from the environment. */
export interface ShardSettings {
  /** Release files (the CLI's --release), or none for data/releases. */
  releases: string[];
  /** REST base and gateway URL for a stand-in (tests). */
  rest?: { api: string };
  gatewayUrl?: string;
}

export interface ShardOptions {
  settings: ShardSettings;
  logger: Logger;
  /** The shard entry point (src/shard.ts as built). */
  file: string;
  /** Pause between starting shards: Discord allows one IDENTIFY per 5 s (per concurrency bucket). */
  spawnDelayMs?: number;
}

export const SETTINGS_FLAG = '--qfin-shard-settings';

export async function startShards(config: DiscordConfig, shards: 'auto' | number, opts: ShardOptions): Promise<{ stop(): Promise<void> }> {
  const logger = opts.logger.child({ component: 'discord-shards' });
  const manager = new ShardingManager(opts.file, {
    token: config.token,
    totalShards: shards,
    mode: 'process',
    respawn: true,
    shardArgs: [SETTINGS_FLAG, JSON.stringify(opts.settings)],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: manager.totalShards }, 'shard starting');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process ended; respawning'));
  });
  await manager.spawn({ delay: opts.spawnDelayMs ?? 5500 });
  logger.info({ shards: manager.shards.size }, 'all shards ready');
  return {
    // Each shard gets SIGTERM and shuts down gracefully (finishing its questions in flight).
    stop: async () => {
      await Promise.all(
        manager.shards.map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return;
          const exited = once(child, 'exit');
          shard.kill();
          await exited;
        }),
      );
    },
  };
}
