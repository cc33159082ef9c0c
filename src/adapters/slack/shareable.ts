// Slash-command answers are shown only to the asker. Slack does not send an ephemeral message's content
// back with its button click, so the answer waits here, keyed by the button's value, until it is posted.
import { randomUUID } from 'node:crypto';
import type { Answer } from '../../intents/answer.js';

export interface Shareable {
  question: string;
  answer: Answer;
}

export class ShareableAnswers {
  private readonly entries = new Map<string, Shareable>();

  /** Bounded: the oldest unposted answers are forgotten first. */
  constructor(private readonly capacity = 1000) {}

  /** Stores an answer and returns the key for its button. */
  add(entry: Shareable): string {
    const key = randomUUID();
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  /** The answer for `key`, removed so it is posted once; undefined if unknown or forgotten. */
  take(key: string): Shareable | undefined {
    const entry = this.entries.get(key);
    this.entries.delete(key);
    return entry;
  }
}
