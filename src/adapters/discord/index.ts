// Discord adapter (discord.js v14): the /qfin slash command with autocomplete (answered privately, with
// a button to post it), mentions answered as replies, direct messages, and clarify choices as buttons.
// No privileged intent: Discord sends the content of messages that mention the bot, and of DMs, without
// Message Content. Load it with a dynamic import only when configured.
import {
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  SimpleShardingStrategy,
  type WebSocketOptions,
} from 'discord.js';
import type { Engine } from '../../intents/answer.js';
import { answering, localRuntime, type Runtime } from '../../ops/runtime.js';
import { ChoiceStore } from './choices.js';
import type { DiscordConfig } from './config.js';
import { NO_PING, type DiscordContext } from './context.js';
import { onInteractionCreate } from './listeners/interactionCreate.js';
import { onMessageCreate } from './listeners/messageCreate.js';
import { ShareStore } from './share.js';

export type { DiscordConfig } from './config.js';

export interface StartDiscordOptions {
  /** REST base, e.g. `http://127.0.0.1:PORT/api` for a stand-in (default: Discord's API). */
  rest?: { api: string };
  /**
   * Gateway options passed to the client (`buildIdentifyThrottler`, `buildStrategy`, `version`,
   * `large_threshold`), plus `gatewayUrl`: connect there instead of the `url` that
   * GET /gateway/bot returns (shard count and session limits still come from that call).
   */
  ws?: WebSocketOptions & { gatewayUrl?: string };
  /** Logger, stores and lifecycle shared with the rest of the process (default: all in this process). */
  runtime?: Runtime;
  /** Bound on waiting for the gateway's READY at start (default 30 s). */
  readyTimeoutMs?: number;
  /** How many clarifies' long questions to remember for their buttons (default 1000). */
  choiceCapacity?: number;
}

export interface DiscordHandle {
  client: Client;
  stop(): Promise<void>;
}

export async function startDiscord(
  engine: Engine,
  config: DiscordConfig,
  opts: StartDiscordOptions = {},
): Promise<DiscordHandle> {
  const runtime = opts.runtime ?? localRuntime();
  const logger = runtime.logger.child({ component: 'discord' });
  const log = (line: string) => logger.warn(line);
  const ctx: DiscordContext = { asker: answering(engine, runtime, 'discord'), choices: new ChoiceStore(opts.choiceCapacity), shares: new ShareStore(), log };

  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached until used: without this, a first DM would never reach the bot.
    partials: [Partials.Channel],
    allowedMentions: NO_PING,
    ...(opts.rest && { rest: { api: opts.rest.api } }),
    ...(opts.ws && { ws: gatewayOptions(opts.ws) }),
  });

  // Once a shutdown begins no new event is taken; those taken are tracked until they are answered.
  const take = (work: () => Promise<void>) => void (runtime.lifecycle.draining || runtime.lifecycle.track(work()));
  client.on(Events.InteractionCreate, (interaction) => take(() => onInteractionCreate(interaction, ctx)));
  client.on(Events.MessageCreate, (message) => take(() => onMessageCreate(message, ctx)));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.ShardError, (error, id) => logger.error({ err: error, shard: id }, 'shard error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Debug, (message) => logger.debug(message));
  client.on(Events.ShardDisconnect, (event, id) => logger.warn({ shard: id }, `shard disconnected for good: ${explainCloseCode(event.code)}`));
  client.on(Events.ShardReconnecting, (id) => logger.info({ shard: id }, 'shard reconnecting'));
  client.on(Events.ShardResume, (id, replayed) => logger.info({ shard: id, replayed }, 'shard resumed'));
  client.once(Events.ClientReady, (c) => logger.info({ user: c.user.tag, application: c.application.id, shards: c.ws.shards.size }, 'logged in'));

  const readyTimeoutMs = opts.readyTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  let onFatalClose: ((event: { code: number }) => void) | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Discord gateway not ready within ${readyTimeoutMs} ms`)), readyTimeoutMs);
    client.once(Events.ClientReady, () => resolve());
    // The gateway refusing us for good (bad token, intents not enabled) would otherwise only time out.
    onFatalClose = ({ code }) => reject(new Error(`Discord closed the gateway connection: ${explainCloseCode(code)}`));
    client.once(Events.ShardDisconnect, onFatalClose);
  });
  try {
    await Promise.all([client.login(config.token), ready]);
  } catch (error) {
    await client.destroy().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
    if (onFatalClose) client.off(Events.ShardDisconnect, onFatalClose);
  }

  let stopped: Promise<void> | undefined;
  return {
    client,
    stop: () => (stopped ??= client.destroy()),
  };
}

/** Close codes after which discord.js gives up, with what to do about them. */
export function explainCloseCode(code: number): string {
  switch (code) {
    case 4004:
      return '4004 authentication failed: DISCORD_TOKEN is wrong or was reset (Developer Portal → Bot → Reset Token).';
    case 4013:
      return '4013 invalid intents.';
    case 4014:
      return '4014 disallowed intents: a privileged intent was asked for that the application is not granted (qfin needs none; see docs/discord.md).';
    default:
      return `close code ${code}.`;
  }
}

function gatewayOptions(ws: WebSocketOptions & { gatewayUrl?: string }): WebSocketOptions {
  const { gatewayUrl, ...rest } = ws;
  if (gatewayUrl === undefined) return rest;
  const build = rest.buildStrategy ?? ((manager) => new SimpleShardingStrategy(manager));
  return {
    ...rest,
    buildStrategy(manager) {
      // The shards connect to whatever `fetchGatewayInformation` reports; report our URL instead.
      const fetchInfo = manager.fetchGatewayInformation.bind(manager);
      manager.fetchGatewayInformation = async (force?: boolean) => ({ ...(await fetchInfo(force)), url: gatewayUrl });
      return build(manager);
    },
  };
}
