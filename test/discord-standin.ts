// A local stand-in for Discord (REST over node:http, gateway over ws) on 127.0.0.1, recording what
// the real discord.js client sends. Test helper, not a test file.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { isMultipart, readForm, type FormFile } from './support/form-data.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: any;
  /** The files of a multipart request (a message with attachments), with their bytes. */
  files?: FormFile[];
}

export interface GatewayFrame {
  op: number;
  d: any;
  s?: number | null;
  t?: string | null;
}

export const IDS = {
  app: '100000000000000001',
  bot: '100000000000000001',
  guild: '200000000000000002',
  channel: '300000000000000003',
  thread: '300000000000000033',
  /** A second text channel, for a conversation with no history. */
  quiet: '300000000000000034',
  user: '400000000000000004',
  /** A second person, in the same channels. */
  user2: '400000000000000044',
  /** The direct-message channel between the first person and the bot. */
  dm: '300000000000000035',
  command: '500000000000000005',
} as const;

let snowflakeCounter = 900000000000000000n;
export function nextId(): string {
  snowflakeCounter += 1n;
  return snowflakeCounter.toString();
}

const now = () => new Date().toISOString();

export const BOT_USER = {
  id: IDS.bot,
  username: 'qfin',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};
export const HUMAN = {
  id: IDS.user,
  username: 'alice',
  discriminator: '0',
  global_name: 'Alice',
  avatar: null,
};

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export interface StandInOptions {
  /** `url` reported by GET /gateway/bot (default: this stand-in's gateway). */
  restGatewayUrl?: string;
  /** How the gateway answers RESUME: accept it, or invalidate the session (forcing IDENTIFY). */
  onResume?: 'resume' | 'invalidate';
  heartbeatIntervalMs?: number;
  /** Close the connection with this code instead of answering IDENTIFY (e.g. 4014: disallowed intents). */
  refuseIdentify?: number;
  /** The guilds the bot is in (default: IDS.guild); each shard is sent its own, as Discord assigns them. */
  guilds?: string[];
  /**
   * Whether the application was granted the privileged Message Content intent (default: no, as for a new
   * application). As Discord does: IDENTIFY asking for it unapproved is closed with 4014, and without it
   * a guild message's content arrives empty unless the message mentions the bot.
   */
  messageContentApproved?: boolean;
}

/** The shard Discord sends a guild's events to: (guild_id >> 22) % shard count. */
export const shardOf = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));
/** The text channel of a guild (IDS.channel for IDS.guild). */
export const channelOf = (guildId: string) => (guildId === IDS.guild ? IDS.channel : String(BigInt(guildId) + 1n));

const MESSAGE_CONTENT = 1 << 15;

export class DiscordStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly frames: GatewayFrame[] = [];
  readonly connections: { url: string }[] = [];
  socket: WebSocket | null = null;
  /** The connection of each shard, by shard id, as identified ([id, count]). */
  readonly shards = new Map<number, { socket: WebSocket; count: number }>();
  /** Set to false to stop acknowledging heartbeats (a silently dead connection, as the client sees it). */
  ackHeartbeats = true;
  private http: Server;
  private wss: WebSocketServer | null = null;
  private seq = 0;
  private sessionId = 'session-1';
  /** The intents the client identified with. */
  intents = 0;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  restPort = 0;
  gatewayPort = 0;

  constructor(private readonly options: StandInOptions = {}) {
    this.http = createServer((req, res) => void this.onRequest(req, res));
  }

  get api(): string {
    return `http://127.0.0.1:${this.restPort}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.gatewayPort}`;
  }

  async start(): Promise<void> {
    this.http.listen(0, '127.0.0.1');
    await once(this.http, 'listening');
    this.restPort = (this.http.address() as AddressInfo).port;
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(this.wss, 'listening');
    this.gatewayPort = (this.wss.address() as AddressInfo).port;
    this.wss.on('connection', (socket, req) => this.onConnection(socket, req));
  }

  async close(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ---- REST ---------------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // discord.js may percent-encode the "@" of "@original".
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const { body, files } = await readBody(Buffer.concat(chunks), req.headers['content-type']);
    const request: RecordedRequest = { method: req.method ?? 'GET', path, query: url.search, body, ...(files.length ? { files } : {}) };
    this.requests.push(request);
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    let m: RegExpExecArray | null;
    if (request.method === 'GET' && path === '/gateway/bot') {
      json(200, {
        url: this.options.restGatewayUrl ?? this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      });
    } else if (request.method === 'GET' && path === '/users/@me') {
      json(200, BOT_USER);
    } else if (request.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204).end();
    } else if (request.method === 'PATCH' && (m = /^\/webhooks\/(\d+)\/[^/]+\/messages\/@original$/.exec(path))) {
      json(200, this.messageFrom(IDS.channel, body));
    } else if (request.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
      json(200, this.messageFrom(IDS.channel, body)); // an interaction's follow-up message
    } else if (request.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      json(200, this.messageFrom(m[1]!, body));
    } else if (request.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      json(200, (body as any[]).map((c) => ({ ...c, id: nextId(), application_id: IDS.app, version: nextId() })));
    } else {
      json(404, { message: 'Unknown route in stand-in', code: 0 });
    }
    this.notify();
  }

  /** A message object as Discord would return it for a message the bot sent. */
  messageFrom(channelId: string, body: any): any {
    return {
      id: nextId(),
      channel_id: channelId,
      guild_id: IDS.guild,
      author: BOT_USER,
      content: body?.content ?? '',
      timestamp: now(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: (body?.attachments ?? []).map((a: { id: string | number; filename: string }) => ({ id: nextId(), filename: a.filename, url: `https://cdn.stand-in/${a.filename}` })),
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      pinned: false,
      type: body?.message_reference ? 19 : 0,
      flags: 0,
      ...(body?.message_reference && { message_reference: body.message_reference }),
    };
  }

  /** Resolves with the first recorded request matching `pred` (already recorded or yet to come). */
  async waitForRequest(pred: (r: RecordedRequest) => boolean, ms = 5000, what = 'a REST request'): Promise<RecordedRequest> {
    await this.waitUntil(() => this.requests.some(pred), ms, what);
    return this.requests.find(pred)!;
  }

  /** Resolves when `check` holds, re-checking on every request and gateway frame. */
  waitUntil(check: () => boolean, ms = 5000, what = 'a condition'): Promise<void> {
    if (check()) return Promise.resolve();
    const promise = new Promise<void>((resolve) => this.waiters.push({ check, resolve }));
    return withTimeout(promise, ms, what);
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }

  // ---- gateway ------------------------------------------------------------------------------------

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    this.socket = socket;
    this.connections.push({ url: req.url ?? '' });
    socket.on('message', (data) => this.onFrame(socket, JSON.parse(data.toString()) as GatewayFrame));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 2000 } }));
    this.notify();
  }

  private onFrame(socket: WebSocket, frame: GatewayFrame): void {
    this.frames.push(frame);
    switch (frame.op) {
      case 1: // heartbeat
        if (this.ackHeartbeats) socket.send(JSON.stringify({ op: 11 }));
        break;
      case 2: // identify
        this.identify(socket, frame);
        break;
      case 6: // resume
        if (this.options.onResume === 'invalidate' || frame.d?.session_id !== this.sessionId) {
          socket.send(JSON.stringify({ op: 9, d: false }));
        } else {
          this.send(socket, 'RESUMED', {});
        }
        break;
    }
    this.notify();
  }

  /** READY (for the shard identified, with its guilds) and a GUILD_CREATE for each of them. */
  private identify(socket: WebSocket, frame: GatewayFrame): void {
    if (this.options.refuseIdentify) {
      socket.close(this.options.refuseIdentify, 'refused by stand-in');
      return;
    }
    if (!this.options.messageContentApproved && frame.d?.intents & MESSAGE_CONTENT) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.intents = frame.d?.intents ?? 0;
    this.sessionId = `session-${nextId()}`;
    const [shard, count] = (frame.d?.shard as [number, number] | undefined) ?? [0, 1];
    this.shards.set(shard, { socket, count });
    const guilds = (this.options.guilds ?? [IDS.guild]).filter((g) => shardOf(g, count) === shard);
    this.send(socket, 'READY', {
      v: 10,
      user: BOT_USER,
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: this.sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard: [shard, count],
      application: { id: IDS.app, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    for (const id of guilds) this.send(socket, 'GUILD_CREATE', this.guild(id));
  }

  private send(socket: WebSocket, t: string, d: unknown): void {
    this.seq += 1;
    socket.send(JSON.stringify({ op: 0, t, s: this.seq, d }));
  }

  /** Sends a dispatch on the connection of the shard that has `guildId` (the current one when unsharded). */
  dispatch(t: string, d: unknown, guildId: string = IDS.guild): void {
    const sharded = [...this.shards.values()].find((s) => s.count > 1 && this.shards.get(shardOf(guildId, s.count)) === s);
    const socket = sharded?.socket ?? this.socket;
    if (!socket || socket.readyState !== socket.OPEN) throw new Error('no open gateway connection');
    this.send(socket, t, d);
  }

  count(op: number): number {
    return this.frames.filter((f) => f.op === op).length;
  }

  /** Drops the current gateway connection abruptly (as a network failure would: close code 1006). */
  dropConnection(): void {
    this.socket?.terminate();
  }

  /** Closes the current gateway connection with a close code, as Discord does. */
  closeConnection(code: number): void {
    this.socket?.close(code, 'stand-in closing');
  }

  // ---- payloads -----------------------------------------------------------------------------------

  guild(id: string = IDS.guild): any {
    const joined = now();
    const channel = channelOf(id);
    return {
      id,
      name: 'Stand-in guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: IDS.user,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        { id, name: '@everyone', color: 0, hoist: false, icon: null, unicode_emoji: null, position: 0,
          permissions: '1071698660929', managed: false, mentionable: false, flags: 0 },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: joined,
      large: false,
      unavailable: false,
      member_count: 2,
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      channels: [
        { id: channel, type: 0, guild_id: id, name: 'earnings', position: 0, permission_overwrites: [],
          topic: null, nsfw: false, last_message_id: null, parent_id: null, rate_limit_per_user: 0 },
        ...(id !== IDS.guild ? [] : [{ id: IDS.quiet, type: 0, guild_id: id, name: 'quiet', position: 1, permission_overwrites: [],
          topic: null, nsfw: false, last_message_id: null, parent_id: null, rate_limit_per_user: 0 }]),
      ],
      threads: id !== IDS.guild ? [] : [
        { id: IDS.thread, type: 11, guild_id: IDS.guild, parent_id: IDS.channel, name: 'Q1 questions',
          owner_id: IDS.user, last_message_id: null, rate_limit_per_user: 0, message_count: 0, member_count: 1,
          thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: joined, locked: false } },
      ],
    };
  }

  private member(): any {
    return {
      user: HUMAN,
      roles: [],
      joined_at: now(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '1071698660929',
    };
  }

  private interactionBase(type: number, channelId: string, guildId: string = IDS.guild): any {
    return {
      id: nextId(),
      application_id: IDS.app,
      type,
      token: `token-${nextId()}`,
      version: 1,
      guild_id: guildId,
      channel_id: channelId,
      channel: { id: channelId, type: channelId === IDS.thread ? 11 : 0, guild_id: guildId },
      member: this.member(),
      app_permissions: '1071698660929',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
    };
  }

  /** INTERACTION_CREATE for `/qfin question:<question>`; returns the interaction (id, token). */
  slashCommand(question: string, channelId: string = IDS.channel, guildId: string = IDS.guild): { id: string; token: string } {
    const d = {
      ...this.interactionBase(2, channelId, guildId),
      data: { id: IDS.command, name: 'qfin', type: 1, options: [{ name: 'question', type: 3, value: question }] },
    };
    this.dispatch('INTERACTION_CREATE', d, guildId);
    return { id: d.id, token: d.token };
  }

  /** INTERACTION_CREATE for autocomplete of the question option with `prefix` typed so far. */
  autocomplete(prefix: string): { id: string; token: string } {
    const d = {
      ...this.interactionBase(4, IDS.channel),
      data: {
        id: IDS.command,
        name: 'qfin',
        type: 1,
        options: [{ name: 'question', type: 3, value: prefix, focused: true }],
      },
    };
    this.dispatch('INTERACTION_CREATE', d);
    return { id: d.id, token: d.token };
  }

  /** INTERACTION_CREATE for a click on a button (custom_id) of `message` (a message object the bot sent). */
  button(customId: string, message: any, channelId: string = IDS.channel): { id: string; token: string } {
    const d = {
      ...this.interactionBase(3, channelId),
      message: { ...message, channel_id: channelId },
      data: { custom_id: customId, component_type: 2 },
    };
    this.dispatch('INTERACTION_CREATE', d);
    return { id: d.id, token: d.token };
  }

  /** MESSAGE_CREATE from a person in `channelId` (mentioning the bot when the content says so). */
  userMessage(content: string, channelId: string = IDS.channel, extra: Record<string, unknown> = {}): string {
    const id = nextId();
    const mentioned = content.includes(`<@${IDS.bot}>`);
    // Without Message Content, Discord sends a guild message's content only to a bot it mentions.
    const inGuild = !('guild_id' in extra) || extra['guild_id'] !== undefined;
    const visible = !inGuild || mentioned || this.intents & MESSAGE_CONTENT ? content : '';
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: channelId,
      guild_id: IDS.guild,
      author: HUMAN,
      member: { roles: [], joined_at: now(), deaf: false, mute: false, flags: 0 },
      content: visible,
      timestamp: now(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: content.includes('@everyone'),
      mentions: mentioned ? [BOT_USER] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
      components: [],
      ...extra,
    });
    return id;
  }
}

export const HUMAN2 = { ...HUMAN, id: IDS.user2, username: 'bob', global_name: 'Bob' };

/** A request body as Discord reads it: JSON, or a message with files (its JSON in payload_json, each file a part). */
async function readBody(bytes: Buffer, contentType: string | undefined): Promise<{ body: any; files: FormFile[] }> {
  if (isMultipart(contentType)) {
    const { fields, files } = await readForm(bytes, contentType!);
    return { body: JSON.parse(fields.get('payload_json') ?? 'null'), files };
  }
  const raw = bytes.toString('utf8');
  if (!raw.length) return { body: null, files: [] };
  try {
    return { body: JSON.parse(raw), files: [] };
  } catch {
    return { body: raw, files: [] };
  }
}

/** MESSAGE_CREATE in a direct message to the bot: no guild, no mention needed. */
export function directMessage(standIn: DiscordStandIn, content: string): string {
  // Discord says a DM is one by channel_type (1); discord.js needs it to build the uncached DM channel.
  return standIn.userMessage(content, IDS.dm, { guild_id: undefined, member: undefined, channel_type: 1 });
}

/** The path of the callback for an interaction. */
export function callbackPath(i: { id: string; token: string }): string {
  return `/interactions/${i.id}/${i.token}/callback`;
}
