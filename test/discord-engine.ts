// The engine the Discord tests talk to. TEMPORARY stand-in with the behaviour promised for the real
// engine, until src/bot.ts (loadEngine) lands.
import type { Answer, Engine } from '../src/intents/answer.js';

export const QUESTIONS = {
  revenue: 'What was total net revenue in Q1 2024?',
  clarify: 'What were other services fees in Q1 2024?',
  unknown: 'what is the weather',
} as const;

export function makeEngine(): Engine {
  const empty = { citations: [], derivations: [], choices: [] };
  return {
    ask(text: string): Answer {
      if (/total net revenue/i.test(text)) {
        return {
          ...empty,
          status: 'answer',
          text: 'Total net revenue was RMB4,153.2 million in Q1 2024.',
          period: 'Q1 2024',
          citations: [{ document: 'data/releases/qfin-2024q1.md', line: 277, quote: 'Total net revenue\t4,153,202' }],
        };
      }
      if (/platform services/i.test(text)) {
        return { ...empty, status: 'answer', text: 'Other services fees (platform) were RMB99.9 million.', period: 'Q1 2024',
          citations: [{ document: 'data/releases/qfin-2024q1.md', line: 290, quote: 'Other services fees\t99,900' }] };
      }
      if (/other services fees/i.test(text)) {
        return {
          ...empty,
          status: 'clarify',
          text: 'Which other services fees?',
          choices: [
            { label: 'Other services fees (Credit driven services)', question: 'What were other services fees under credit driven services in Q1 2024?' },
            { label: 'Other services fees (Platform services)', question: 'What were other services fees under platform services in Q1 2024, in the quarter ended March 31, 2024?' },
          ],
        };
      }
      return { ...empty, status: 'unknown', text: "The release doesn't say." };
    },
    suggest(prefix: string, limit = 25): string[] {
      const names = ['Referral services fees', 'Total net revenue', 'Other services fees', 'x'.repeat(150)];
      return names.filter((n) => n.toLowerCase().startsWith(prefix.toLowerCase())).slice(0, limit);
    },
  };
}
