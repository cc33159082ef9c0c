// What must hold across retries and across instances: which deliveries were already taken (so a retried
// or replayed event is answered once) and each conversation's context (so a follow-up works on any
// instance). In this process by default; in Redis, shared by every instance, when REDIS_URL is set.
// Both keep the same bounds: one hour, 10,000 entries.
import { Redis } from 'ioredis';
import { ConfigError } from '../adapters/config.js';
import { ContextStore, type Turn } from '../intents/context.js';
import type { Logger } from './log.js';

/** How long a delivery id and a conversation's context are kept (Slack retries within minutes). */
export const WINDOW_S = 60 * 60;
export const MAX_ENTRIES = 10_000;

/** Remembers delivery ids (Slack event_id, trigger_id; Discord interaction id) for the window. */
export interface Deliveries {
  /** True the first time `id` is offered within the window, false for every repeat. */
  first(id: string): Promise<boolean>;
}

export class MemoryDeliveries implements Deliveries {
  private readonly seen = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async first(id: string): Promise<boolean> {
    const at = this.seen.get(id);
    if (at !== undefined && this.now() - at < WINDOW_S * 1000) return false;
    this.seen.delete(id);
    this.seen.set(id, this.now());
    // Insertion order is age order: drop the oldest beyond the bound.
    while (this.seen.size > MAX_ENTRIES) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }
}

/** Opens REDIS_URL, failing at start-up (naming the variable) rather than on the first question. */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5000 });
  redis.on('error', (err: Error) => logger.warn({ err }, 'redis connection error'));
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new ConfigError([`REDIS_URL: cannot connect to Redis (${(err as Error).message})`]);
  }
  return redis;
}

const PREFIX = 'qfin:';

export class RedisDeliveries implements Deliveries {
  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
  ) {}

  async first(id: string): Promise<boolean> {
    try {
      // SET NX is the claim: exactly one instance gets OK for an id within the window.
      return (await this.redis.set(`${PREFIX}delivery:${id}`, '1', 'EX', WINDOW_S, 'NX')) === 'OK';
    } catch (err) {
      // Redis unreachable: answering twice is better than not answering at all.
      this.logger.warn({ err }, 'redis: could not check a delivery id; answering it');
      return true;
    }
  }
}

// Stores a turn and keeps the index of conversations within the bounds, atomically: entries older than
// the window and the oldest beyond MAX_ENTRIES are dropped with their turns.
const SAVE_TURN = `
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], KEYS[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[3]) - tonumber(ARGV[2]) * 1000)
local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
if over > 0 then
  local old = redis.call('ZRANGE', KEYS[2], 0, over - 1)
  for _, key in ipairs(old) do redis.call('DEL', key) end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, over - 1)
end
return over`;

/**
 * The engine's context store, primed from Redis around each question. The engine is synchronous, so
 * between priming and collecting nothing else runs: the one slot is the question being answered.
 */
export class SharedContexts extends ContextStore {
  private slot: { conversation: string; turn: Turn | undefined; changed: boolean } | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
  ) {
    super();
  }

  override get(conversation: string): Turn | undefined {
    return this.slot?.conversation === conversation ? this.slot.turn : undefined;
  }

  override set(conversation: string, turn: Turn): void {
    if (this.slot?.conversation !== conversation) return;
    this.slot.turn = turn;
    this.slot.changed = true;
  }

  /** Runs `ask` with the conversation's stored context and stores what it leaves. */
  async around<T>(conversation: string, ask: () => T): Promise<T> {
    const key = `${PREFIX}context:${conversation}`;
    const stored = await this.redis.get(key).catch((err: Error) => {
      this.logger.warn({ err }, 'redis: could not read a conversation context; answering without it');
      return null;
    });
    this.slot = { conversation, turn: parseTurn(stored), changed: false };
    let slot: NonNullable<typeof this.slot>;
    let result: T;
    try {
      result = ask();
    } finally {
      slot = this.slot;
      this.slot = undefined;
    }
    if (slot.changed && slot.turn) {
      await this.redis
        .eval(SAVE_TURN, 2, key, `${PREFIX}contexts`, JSON.stringify(slot.turn), WINDOW_S, Date.now(), MAX_ENTRIES)
        .catch((err: Error) => this.logger.warn({ err }, 'redis: could not store a conversation context'));
    }
    return result;
  }
}

function parseTurn(stored: string | null): Turn | undefined {
  if (stored === null) return undefined;
  try {
    const turn = JSON.parse(stored) as Turn;
    return Array.isArray(turn?.metrics) && Array.isArray(turn.choices) ? turn : undefined;
  } catch {
    return undefined;
  }
}
