// A local stand-in for Slack on 127.0.0.1: the Web API (auth.test, chat.postMessage, chat.postEphemeral,
// apps.connections.open, and the file upload flow: files.getUploadURLExternal, the upload URL it gives,
// files.completeUploadExternal), response_url endpoints, a Socket Mode WebSocket, and helpers that send
// requests to the app exactly as Slack does (signed v0 HMAC-SHA256). Test helper, not a test file.
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { isMultipart, readForm } from './support/form-data.js';

export const IDS = { team: 'T0TEAM', bot: 'U0QFINBOT', botId: 'B0QFIN', user: 'U0ANN', channel: 'C0GENERAL', dm: 'D0ANN' };
export const SIGNING_SECRET = '8f742231b10e8888abcd99a1b2c3d4e5';
export const BOT_TOKEN = 'xoxb-1-test';
export const APP_TOKEN = 'xapp-1-test';

export interface Recorded {
  /** Web API method (chat.postMessage), `response:<id>` for a response_url POST, `upload:<file id>` for a file's bytes. */
  method: string;
  body: any;
}

let tsCounter = 0;
let fileCounter = 0;
/** A fresh Slack message timestamp. */
export const nextTs = () => `1715000000.${String(++tsCounter).padStart(6, '0')}`;
/** A fresh trigger_id: Slack gives every command invocation and click its own. */
export const nextTriggerId = () => `1.2.${++tsCounter}`;

/** The bytes of an upload: the file part of a multipart form (as the Web API client sends it), or the body. */
async function fileBytes(bytes: Buffer, contentType: string | undefined): Promise<Buffer> {
  return isMultipart(contentType) ? ((await readForm(bytes, contentType!)).files[0]?.bytes ?? Buffer.alloc(0)) : bytes;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The Web API client sends form fields, with blocks as a JSON string; response_url gets JSON. */
function parseBody(raw: string, contentType: string | undefined): any {
  if (contentType?.includes('application/json')) return JSON.parse(raw);
  const body: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  if (typeof body['blocks'] === 'string') body['blocks'] = JSON.parse(body['blocks']);
  return body;
}

export class SlackStandIn {
  readonly recorded: Recorded[] = [];
  readonly socketFrames: any[] = [];
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private waiters: (() => void)[] = [];
  port = 0;
  /** Web API methods that answer with an error (ok: false), as Slack does when a call is refused. */
  readonly failing = new Set<string>();
  /** The file name each upload URL was asked for with, by file id. */
  private readonly fileNames = new Map<string, string>();
  /** Answer Web API calls this much later (a slow Slack, to keep work in flight). */
  delayMs = 0;

  get apiUrl() {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string) {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const bytes = await readBody(req);
      const path = req.url ?? '';
      const upload = path.startsWith('/upload/');
      const raw = bytes.toString('utf8');
      // A file's bytes are kept as they came (a PNG is no text), from the form's file part if it is a form.
      const body = upload ? await fileBytes(bytes, req.headers['content-type']) : raw === '' ? {} : parseBody(raw, req.headers['content-type']);
      const method = path.startsWith('/api/') ? path.slice('/api/'.length) : upload ? `upload:${path.slice('/upload/'.length)}` : `response:${path.slice('/response/'.length)}`;
      let answer: Record<string, unknown> = { ok: true };
      if (this.failing.has(method)) answer = { ok: false, error: 'not_allowed' };
      else if (method === 'auth.test')
        answer = { ok: true, url: 'https://qfin.example/', team: 'Qfin', user: 'qfin', team_id: IDS.team, user_id: IDS.bot, bot_id: IDS.botId };
      else if (method === 'chat.postMessage') answer = { ok: true, channel: body.channel, ts: nextTs(), message: body };
      else if (method === 'chat.postEphemeral') answer = { ok: true, message_ts: nextTs() };
      else if (method === 'files.getUploadURLExternal') {
        const id = `F0${++fileCounter}`;
        this.fileNames.set(id, body.filename);
        answer = { ok: true, file_id: id, upload_url: `http://127.0.0.1:${this.port}/upload/${id}` };
      } else if (method === 'files.completeUploadExternal')
        answer = { ok: true, files: (JSON.parse(body.files) as { id: string; title?: string }[]).map((f) => ({ id: f.id, title: f.title ?? '' })) };
      else if (method === 'apps.connections.open') answer = { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      this.recorded.push({ method, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      this.notify();
    });
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        this.socketFrames.push(JSON.parse(data.toString()));
        this.notify();
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0QFIN' } }));
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The files completed uploads put in a channel or thread, each with the bytes sent to its upload URL. */
  files(): { id: string; title: string; filename: string; channel: string; thread_ts?: string; bytes: Buffer }[] {
    const bytes = new Map(this.recorded.filter((r) => r.method.startsWith('upload:')).map((r) => [r.method.slice('upload:'.length), r.body as Buffer]));
    return this.recorded
      .filter((r) => r.method === 'files.completeUploadExternal')
      .flatMap((r) =>
        (JSON.parse(r.body.files) as { id: string; title: string }[]).map((f) => ({
          id: f.id,
          title: f.title,
          filename: this.fileNames.get(f.id) ?? '',
          channel: r.body.channel_id,
          ...(r.body.thread_ts ? { thread_ts: r.body.thread_ts } : {}),
          bytes: bytes.get(f.id) ?? Buffer.alloc(0),
        })),
      );
  }

  /** Sends a Socket Mode envelope to the connected app. */
  sendEnvelope(envelope: object): void {
    if (!this.socket) throw new Error('no Socket Mode connection');
    this.socket.send(JSON.stringify(envelope));
  }

  private notify() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves with the first recorded call matching `test`, waiting up to `ms`. */
  async waitFor(test: (r: Recorded) => boolean, ms = 5000, what = 'a Slack call'): Promise<Recorded> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.recorded.find(test);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; recorded: ${JSON.stringify(this.recorded.map((r) => r.method))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

/** Headers Slack sends with every request: v0 signature over `v0:<timestamp>:<body>`. */
export function signedHeaders(body: string, contentType: string, secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
}

export interface SendOptions {
  secret?: string;
  timestamp?: number;
  /** More headers, e.g. X-Slack-Retry-Num on a retry. */
  headers?: Record<string, string>;
}

/** POSTs to the app's /slack/events as Slack would; returns the status and how long the ack took. */
export async function sendToApp(port: number, body: string, contentType: string, opts: SendOptions = {}) {
  const started = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { ...signedHeaders(body, contentType, opts.secret, opts.timestamp), ...opts.headers },
    body,
  });
  await res.text();
  return { status: res.status, ms: Date.now() - started };
}

export function eventCallback(event: Record<string, unknown>) {
  return {
    token: 'verification-token',
    team_id: IDS.team,
    api_app_id: 'A0QFIN',
    event: { event_ts: event['ts'], ...event },
    type: 'event_callback',
    event_id: `Ev${nextTs().replace('.', '')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: IDS.team, user_id: IDS.bot, is_bot: true, is_enterprise_install: false }],
  };
}

export const sendEvent = (port: number, event: Record<string, unknown>, opts?: SendOptions) =>
  sendToApp(port, JSON.stringify(eventCallback(event)), 'application/json', opts);

export function commandFields(text: string, responseUrl: string, channel = IDS.channel) {
  return {
    token: 'verification-token',
    team_id: IDS.team,
    team_domain: 'qfin',
    channel_id: channel,
    channel_name: channel.startsWith('D') ? 'directmessage' : 'general',
    user_id: IDS.user,
    user_name: 'ann',
    command: '/qfin',
    text,
    api_app_id: 'A0QFIN',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: nextTriggerId(),
  };
}

export const sendCommand = (port: number, text: string, responseUrl: string, channel?: string) =>
  sendToApp(port, new URLSearchParams(commandFields(text, responseUrl, channel)).toString(), 'application/x-www-form-urlencoded');

export interface ClickOptions {
  actionId: string;
  value: string;
  responseUrl: string;
  channel?: string;
  /** The message holding the button; absent for an ephemeral message, as Slack sends it. */
  message?: { ts: string; thread_ts?: string };
}

export function blockActions(o: ClickOptions) {
  const channel = o.channel ?? IDS.channel;
  return {
    type: 'block_actions',
    user: { id: IDS.user, username: 'ann', name: 'ann', team_id: IDS.team },
    api_app_id: 'A0QFIN',
    token: 'verification-token',
    container: o.message
      ? { type: 'message', message_ts: o.message.ts, channel_id: channel, is_ephemeral: false, ...(o.message.thread_ts ? { thread_ts: o.message.thread_ts } : {}) }
      : { type: 'message', message_ts: nextTs(), channel_id: channel, is_ephemeral: true },
    trigger_id: nextTriggerId(),
    team: { id: IDS.team, domain: 'qfin' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: channel.startsWith('D') ? 'directmessage' : 'general' },
    ...(o.message ? { message: { type: 'message', user: IDS.bot, bot_id: IDS.botId, text: '…', ...o.message } } : {}),
    state: { values: {} },
    response_url: o.responseUrl,
    actions: [
      { type: 'button', block_id: 'b1', action_id: o.actionId, text: { type: 'plain_text', text: 'x' }, value: o.value, action_ts: nextTs() },
    ],
  };
}

export const sendClick = (port: number, o: ClickOptions) =>
  sendToApp(port, new URLSearchParams({ payload: JSON.stringify(blockActions(o)) }).toString(), 'application/x-www-form-urlencoded');

/** Every piece of text in a posted message, for checks over all of it. */
export function allText(body: any): string {
  return JSON.stringify({ text: body.text, blocks: body.blocks });
}
