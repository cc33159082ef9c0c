// Slack's HTTP mode, hardened. Bolt's own HTTPReceiver buffers a body of any size before checking its
// signature and crashes the process on a signed body that is not an object (`null`). This receiver,
// built from Bolt's own pieces (signature check, ack, responses), refuses before any work: a body over
// 1 MB (Slack's events are a few KB) unread, a bad or stale signature, a timestamp in the future, a body
// that is not a JSON object; each with a 4xx and nothing dispatched. It also serves /healthz, /readyz.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, ListenOptions } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import {
  type App,
  type BufferedIncomingMessage,
  HTTPModuleFunctions as http,
  HTTPResponseAck,
  isValidSlackRequest,
  type Logger,
  type Receiver,
} from '@slack/bolt';
import type { Lifecycle } from '../../ops/lifecycle.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Slack's own rule for stale requests, applied to future ones too. */
const MAX_SKEW_S = 5 * 60;
export const TIMEOUTS = { headersMs: 10_000, requestMs: 15_000 } as const;

export interface ReceiverOptions {
  signingSecret: string;
  logger: Logger;
  lifecycle: Lifecycle;
  path?: string;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class HardenedReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;

  constructor(private readonly options: ReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  /** Called by App.start with Slack's listen options. */
  async start(listen: ListenOptions): Promise<Server> {
    const server = createServer(
      { headersTimeout: TIMEOUTS.headersMs, requestTimeout: TIMEOUTS.requestMs, connectionsCheckingInterval: 1000 },
      (req, res) => void this.route(req, res),
    );
    server.listen(listen);
    await once(server, 'listening');
    this.server = server;
    return server;
  }

  /** Stops taking connections; requests already acknowledged finish (their work is tracked). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
  }

  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { lifecycle, logger } = this.options;
    try {
      if (lifecycle.handle(req, res)) return;
      if ((req.url ?? '').split('?')[0] !== (this.options.path ?? '/slack/events')) throw new Refused(404, 'unknown path');
      if (req.method !== 'POST') throw new Refused(405, 'not a POST');
      if (lifecycle.draining) throw new Refused(503, 'shutting down');
      const raw = await readCapped(req, MAX_BODY_BYTES);
      const body = this.verified(req, raw);
      if (body === 'ssl_check') return void res.writeHead(200).end();
      if (body['type'] === 'url_verification') return http.buildUrlVerificationResponse(res, body);
      await this.dispatch(Object.assign(req, { rawBody: raw }), res, body);
    } catch (err) {
      const status = err instanceof Refused ? err.status : 500;
      if (status === 500) logger.error('Slack request failed:', err);
      else logger.warn(`Slack request refused (${status}): ${(err as Error).message}`);
      if (!res.headersSent) res.writeHead(status, { connection: 'close' }).end();
      // The rest of a refused body is never read: the connection goes once the answer is out.
      if (!req.complete) res.once('finish', () => req.destroy());
    }
  }

  /** The signed request's body as an object; throws Refused for anything else. */
  private verified(req: IncomingMessage, raw: Buffer): Record<string, unknown> | 'ssl_check' {
    const text = raw.toString('utf8');
    const form = req.headers['content-type'] === 'application/x-www-form-urlencoded';
    // Slack's ssl_check is unsigned and carries nothing to act on: answered, never dispatched.
    if (form && parseQuery(text)['ssl_check'] === '1') return 'ssl_check';
    const signature = req.headers['x-slack-signature'];
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (typeof signature !== 'string' || !Number.isSafeInteger(timestamp)) throw new Refused(401, 'unsigned');
    if (timestamp > Date.now() / 1000 + MAX_SKEW_S) throw new Refused(401, 'timestamp in the future');
    const headers = { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp };
    if (!isValidSlackRequest({ signingSecret: this.options.signingSecret, body: text, headers })) throw new Refused(401, 'bad signature or stale timestamp');
    let body: unknown;
    try {
      const fields = form ? parseQuery(text) : undefined;
      body = fields === undefined ? JSON.parse(text) : typeof fields['payload'] === 'string' ? JSON.parse(fields['payload']) : fields;
    } catch {
      throw new Refused(400, 'malformed body');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Refused(400, 'body is not an object');
    return body as Record<string, unknown>;
  }

  private async dispatch(req: BufferedIncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    const { logger } = this.options;
    const ack = new HTTPResponseAck({ logger, processBeforeResponse: false, httpRequest: req, httpRequestBody: body, httpResponse: res });
    const event = {
      body,
      ack: ack.bind(),
      retryNum: http.extractRetryNumFromHTTPRequest(req),
      retryReason: http.extractRetryReasonFromHTTPRequest(req),
      customProperties: {},
    };
    try {
      await this.app?.processEvent(event);
    } catch (err) {
      logger.error('Slack event failed:', err);
      if (!res.headersSent) res.writeHead(500).end();
    }
    // Listeners acknowledge before they return; a body nothing acknowledged was nothing Slack sends.
    if (!res.headersSent) res.writeHead(400).end();
    ack.ack();
  }
}

/** The body, read only while it stays within `max` bytes (by its Content-Length first, then as it streams). */
function readCapped(req: IncomingMessage, max: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > max) return Promise.reject(new Refused(413, 'body over the limit'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      // Stop reading (the socket goes once the 413 is out); what was read is dropped with `chunks`.
      req.off('data', onData).pause();
      reject(new Refused(413, 'body over the limit'));
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('close', () => reject(new Refused(400, 'request ended before its body')));
    req.once('error', () => reject(new Refused(400, 'request failed while reading')));
  });
}
