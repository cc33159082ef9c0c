// What every platform adapter shares in one process: the logger, the delivery and context stores, and
// the lifecycle (health, work in flight). `answering` is the one path from a question to an Answer.
import { basename } from 'node:path';
import type { Answer, Engine } from '../intents/answer.js';
import { MAX_QUESTION } from './bounds.js';
import { Lifecycle } from './lifecycle.js';
import { createLogger, hashId, type Logger } from './log.js';
import { connectRedis, MemoryDeliveries, RedisDeliveries, SharedContexts, type Deliveries } from './stores.js';

export interface Runtime {
  logger: Logger;
  deliveries: Deliveries;
  /** Conversation context in Redis (REDIS_URL); without it the engine keeps its own, in this process. */
  contexts?: SharedContexts;
  lifecycle: Lifecycle;
  /** Disconnects what the runtime opened (Redis), at the end of a shutdown. */
  close?: () => Promise<void>;
}

/** Everything in this process: the default, and what tests get unless they say otherwise. */
export function localRuntime(logger: Logger = createLogger()): Runtime {
  return { logger, deliveries: new MemoryDeliveries(), lifecycle: new Lifecycle() };
}

/** The stores in Redis, shared by every instance (REDIS_URL). Build the engine with `contexts`. */
export async function sharedRuntime(redisUrl: string, logger: Logger): Promise<Runtime> {
  const redis = await connectRedis(redisUrl, logger);
  return {
    logger,
    lifecycle: new Lifecycle(),
    deliveries: new RedisDeliveries(redis, logger),
    contexts: new SharedContexts(redis, logger),
    close: async () => void (await redis.quit()),
  };
}

/** The engine as adapters use it: asynchronous (context may live in Redis) and logged, one line a question. */
export interface Asker {
  ask(question: string, conversation: string): Promise<Answer>;
  suggest(prefix: string, limit?: number): string[];
}

/** Why an answer has its status, for the log (never the question's words, which go only at debug). */
function reasonOf(question: string, answer: Answer): string {
  if (question.length > MAX_QUESTION) return 'too-long';
  if (answer.status === 'answer') return answer.derivations.length ? 'computed' : 'read';
  if (answer.status === 'clarify') return `choices:${answer.choices.length}`;
  return question.trim() ? 'declined' : 'empty';
}

/** One log line per question: platform, hashed conversation, status and reason, latency, releases used. */
export function answering(engine: Engine, runtime: Runtime, platform: string): Asker {
  const { logger, contexts } = runtime;
  return {
    async ask(question, conversation) {
      const started = performance.now();
      const line = { platform, conversation: hashId(conversation), ...(logger.isLevelEnabled('debug') ? { question } : {}) };
      try {
        const answer = contexts ? await contexts.around(conversation, () => engine.ask(question, conversation)) : engine.ask(question, conversation);
        const releases = [...new Set(answer.citations.map((c) => basename(c.document)))];
        const latencyMs = Math.round(performance.now() - started);
        logger.info({ ...line, status: answer.status, reason: reasonOf(question, answer), latencyMs, releases }, 'answered');
        return answer;
      } catch (err) {
        logger.error({ ...line, status: 'error', reason: 'engine-failed', latencyMs: Math.round(performance.now() - started), err }, 'answer failed');
        throw err;
      }
    },
    suggest: (prefix, limit) => engine.suggest(prefix, limit),
  };
}
