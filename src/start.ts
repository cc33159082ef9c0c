// `npm start`: the chat platforms that are configured, or the terminal chat when none is. Adapters
// load only when configured, since Bolt and discord.js cost a third of a second each at start-up.
// Run as a service: JSON logs, health endpoints, Redis-shared state when REDIS_URL is set, and a
// graceful shutdown on SIGTERM (stop taking events, finish those in flight, disconnect, exit 0).
import { fileURLToPath } from 'node:url';
import { slackConfigFromEnv } from './adapters/slack/config.js';
import { discordConfigFromEnv, type DiscordConfig } from './adapters/discord/config.js';
import type { StartDiscordOptions } from './adapters/discord/index.js';
import type { ShardOptions, ShardSettings } from './adapters/discord/shards.js';
import type { SlackOptions } from './adapters/slack/index.js';
import { runChat } from './adapters/terminal/chat.js';
import { buildEngine } from './bot.js';
import type { Engine } from './intents/answer.js';
import type { Company } from './knowledge/companies.js';
import type { KnowledgeBase } from './knowledge/kb.js';
import { serviceConfigFromEnv } from './ops/config.js';
import { createLogger, type Logger } from './ops/log.js';
import { keepServing, onSignals } from './ops/process.js';
import { localRuntime, sharedRuntime, type Runtime } from './ops/runtime.js';

/** How long a shutdown waits for questions in flight before disconnecting anyway. */
export const DRAIN_MS = 10_000;

export interface StartOptions {
  /** Default: the process's own (tests pass a recorder). */
  exit?: (code: number) => void;
  logger?: Logger;
  /** Listen for SIGTERM/SIGINT (default true). */
  signals?: boolean;
  slack?: Pick<SlackOptions, 'clientOptions'>;
  discord?: Omit<StartDiscordOptions, 'runtime'>;
  /** With DISCORD_SHARDS: the shard entry, spawn pace and stand-in URLs (tests). */
  shards?: Partial<Omit<ShardOptions, 'settings' | 'logger'>> & { settings?: Partial<ShardSettings> };
}

type Bot = { kb: KnowledgeBase; companies: Company[]; engine: Engine };

export interface Service {
  runtime: Runtime;
  slackPort?: number;
  healthPort?: number;
  /** What SIGTERM runs: stop taking events, finish those in flight, disconnect, exit 0. */
  shutdown(signal?: string): Promise<void>;
}

/** The CLI's `start`: the service when a platform is configured (exit code 0), else the terminal chat's code. */
export async function start(bot: Bot, title: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!slackConfigFromEnv(env) && !discordConfigFromEnv(env)) {
    return runChat(bot.engine, process.stdin, process.stdout, `qfin-bot: ${title}\n(No SLACK_* or DISCORD_* variables set: terminal chat. See README.md to connect Slack or Discord.)`);
  }
  await startService(bot, env);
  return 0;
}

/** Every configured platform, run as a service until shutdown() (SIGTERM). */
export async function startService(bot: Bot, env: NodeJS.ProcessEnv = process.env, options: StartOptions = {}): Promise<Service> {
  const slack = slackConfigFromEnv(env);
  const discord = discordConfigFromEnv(env);
  const config = serviceConfigFromEnv(env);
  const logger = options.logger ?? createLogger(env);
  keepServing(logger);
  const runtime = config.redisUrl === undefined ? localRuntime(logger) : await sharedRuntime(config.redisUrl, logger);
  const engine = runtime.contexts ? buildEngine(bot.companies, { contexts: runtime.contexts }) : bot.engine;
  runtime.lifecycle.set('releases', bot.companies.length > 0);
  // Receivers stop before the work in flight is waited for; the rest disconnects after it.
  const stops: Stops = { receivers: [], after: [] };
  const service: Service = { runtime, shutdown: async () => {} };

  if (config.healthPort !== undefined) {
    const health = await runtime.lifecycle.listen(config.healthPort, env['SLACK_HOST']?.trim() || undefined);
    service.healthPort = health.port;
    stops.after.push({ name: 'health', stop: health.close });
  }
  if (slack) {
    runtime.lifecycle.set('slack', false);
    const { startSlack } = await import('./adapters/slack/index.js');
    const running = await startSlack(engine, slack, { ...options.slack, runtime });
    if (running.port !== undefined) service.slackPort = running.port;
    stops.receivers.push({ name: 'slack', stop: running.stop });
    runtime.lifecycle.set('slack', true);
    logger.info({ mode: slack.mode, port: running.port }, 'Slack bot running');
  }
  if (discord) {
    runtime.lifecycle.set('discord', false);
    const running = config.discordShards === undefined ? await startDiscord(engine, discord, options.discord, runtime) : await startShards(discord, config.discordShards, bot, options.shards, runtime);
    stops.after.push({ name: 'discord', stop: running.stop });
    runtime.lifecycle.set('discord', true);
    logger.info({ shards: config.discordShards ?? 'none' }, 'Discord bot running');
  }
  service.shutdown = shutdownOf(runtime, stops, options.exit ?? ((code) => process.exit(code)));
  if (options.signals !== false) onSignals(service.shutdown, logger);
  return service;
}

async function startDiscord(engine: Engine, config: DiscordConfig, options: StartOptions['discord'], runtime: Runtime) {
  const discord = await import('./adapters/discord/index.js');
  return discord.startDiscord(engine, config, { ...options, runtime });
}

/** DISCORD_SHARDS: each shard a process of its own, loading the same releases. */
async function startShards(config: DiscordConfig, shards: 'auto' | number, bot: Bot, options: StartOptions['shards'], runtime: Runtime) {
  const sharding = await import('./adapters/discord/shards.js');
  const settings = { releases: bot.companies.flatMap((c) => c.kb.releases.map((r) => r.document)), ...options?.settings };
  // The shard entry beside this module: dist/shard.js, or dist/bundle/shard.js when run from the bundle.
  const file = fileURLToPath(new URL('./shard.js', import.meta.url));
  return sharding.startShards(config, shards, { file, ...options, settings, logger: runtime.logger });
}

interface Part {
  name: string;
  stop: () => Promise<void>;
}
interface Stops {
  receivers: Part[];
  after: Part[];
}

/**
 * Readiness goes first (a load balancer stops sending work), then the receivers (Slack refuses new
 * events, Discord's are ignored), then the work in flight finishes, then everything disconnects.
 */
function shutdownOf(runtime: Runtime, stops: Stops, exit: (code: number) => void) {
  let running: Promise<void> | undefined;
  const { lifecycle, logger } = runtime;
  const stopOne = async ({ name, stop }: Part) => stop().catch((err: unknown) => logger.warn({ err }, `could not stop ${name} cleanly`));
  return (signal = 'shutdown') =>
    (running ??= (async () => {
      logger.info({ signal, inflight: lifecycle.busy }, 'shutting down: no new events');
      lifecycle.draining = true;
      for (const part of stops.receivers) await stopOne(part);
      const finished = await lifecycle.settle(DRAIN_MS);
      if (!finished) logger.warn({ inflight: lifecycle.busy }, 'shutting down with questions still in flight');
      for (const part of stops.after) await stopOne(part);
      await runtime.close?.().catch((err: unknown) => logger.warn({ err }, 'could not close Redis cleanly'));
      logger.info('stopped');
      logger.flush();
      exit(0);
    })());
}
