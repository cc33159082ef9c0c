// The engine the Discord tests talk to: the real one, loaded from data/releases (src/bot.ts).
import type { Engine } from '../src/intents/answer.js';
import { sharedEngine } from './support/engines.js';

/** Questions whose answers from the Q1 2024 release the tests rely on. */
export const QUESTIONS = {
  /** → answer: "RMB4,153.2 million", cited at data/releases/qfin-2024q1.md line 277. */
  revenue: 'What was total net revenue in Q1 2024?',
  /** → clarify: credit driven (RMB71.5 million, line 272) or platform services (RMB85.4 million, line 276). */
  clarify: 'What were other services fees in Q1 2024?',
  /** → unknown. */
  unknown: 'what is the weather',
} as const;

export function makeEngine(): Engine {
  return sharedEngine();
}
