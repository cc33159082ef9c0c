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
import { ChoiceStore } from './choices.js';
import type { DiscordConfig } from './config.js';
import { describe, NO_PING, type DiscordContext } from './context.js';
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
  /** Where log lines go (default: stderr, so stdout stays clean). */
  log?: (line: string) => void;
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
  const log = opts.log ?? ((line: string) => console.error(line));
  const ctx: DiscordContext = { engine, choices: new ChoiceStore(opts.choiceCapacity), shares: new ShareStore(), log };

  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached until used: without this, a first DM would never reach the bot.
    partials: [Partials.Channel],
    allowedMentions: NO_PING,
    ...(opts.rest && { rest: { api: opts.rest.api } }),
    ...(opts.ws && { ws: gatewayOptions(opts.ws) }),
  });

  client.on(Events.InteractionCreate, (interaction) => void onInteractionCreate(interaction, ctx));
  client.on(Events.MessageCreate, (message) => void onMessageCreate(message, ctx));
  client.on(Events.Error, (error) => log(`[discord] client error: ${describe(error)}`));
  client.on(Events.ShardError, (error, id) => log(`[discord] shard ${id} error: ${describe(error)}`));
  client.on(Events.Warn, (message) => log(`[discord] warning: ${message}`));
  client.on(Events.ShardDisconnect, (event, id) => log(`[discord] shard ${id} disconnected for good: ${explainCloseCode(event.code)}`));
  client.on(Events.ShardReconnecting, (id) => log(`[discord] shard ${id} reconnecting`));
  client.on(Events.ShardResume, (id, replayed) => log(`[discord] shard ${id} resumed (${replayed} events replayed)`));
  client.once(Events.ClientReady, (c) => log(`[discord] logged in as ${c.user.tag} (application ${c.application.id})`));

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
