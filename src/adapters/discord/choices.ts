// custom_id for a clarify's buttons: `qfin_choice:<index>:q:<question>` when the question fits in
// Discord's 100 characters (survives a restart), else `qfin_choice:<index>:k:<key>` where the key
// names the clarify's questions in a bounded in-memory map (oldest dropped first).
import { randomBytes } from 'node:crypto';
import { LIMITS } from './render.js';

export const CHOICE_PREFIX = 'qfin_choice:';

export class ChoiceStore {
  private readonly entries = new Map<string, readonly string[]>();

  constructor(private readonly capacity = 1000) {}

  get size(): number {
    return this.entries.size;
  }

  /** The custom_id of each choice of one clarify, storing the questions only when one does not fit. */
  customIds(questions: readonly string[]): string[] {
    const direct = questions.map((q, i) => `${CHOICE_PREFIX}${i}:q:${q}`);
    if (direct.every((id) => id.length <= LIMITS.customId)) return direct;
    const key = this.put(questions);
    return questions.map((_q, i) => `${CHOICE_PREFIX}${i}:k:${key}`);
  }

  /**
   * The question a button's custom_id stands for; `undefined` when it is not ours, malformed, or its
   * entry has been dropped (bot restarted, or more than `capacity` clarifies since).
   */
  resolve(customId: string): string | undefined {
    const m = /^qfin_choice:(\d{1,2}):([qk]):(.*)$/s.exec(customId);
    if (!m) return undefined;
    const [, index, kind, rest] = m;
    if (kind === 'q') return rest!.length > 0 ? rest : undefined;
    const questions = this.entries.get(rest!);
    return questions?.[Number(index)];
  }

  private put(questions: readonly string[]): string {
    let key: string;
    do key = randomBytes(9).toString('base64url');
    while (this.entries.has(key));
    this.entries.set(key, [...questions]);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return key;
  }
}

export function isChoiceCustomId(customId: string): boolean {
  return customId.startsWith(CHOICE_PREFIX);
}
