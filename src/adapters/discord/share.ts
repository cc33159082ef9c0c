// /qfin answers privately first, as Slack's /qfin does: the asker sees the answer with a "Post to
// channel" button, and a click posts it for everyone. The answer waits here, keyed by the button's
// custom_id, since Discord does not send an ephemeral message's embeds back with the click.
import { randomBytes } from 'node:crypto';
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import type { Answer } from '../../intents/answer.js';
import type { ButtonRow } from './render.js';

export const SHARE_PREFIX = 'qfin_share:';

export interface Shared {
  question: string;
  answer: Answer;
}

export class ShareStore {
  private readonly entries = new Map<string, Shared>();

  /** Bounded: the oldest unposted answers are forgotten first. */
  constructor(private readonly capacity = 1000) {}

  /** Stores an answer and returns its button's row. */
  add(entry: Shared): ButtonRow {
    const key = randomBytes(12).toString('base64url');
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    const button = new ButtonBuilder().setCustomId(`${SHARE_PREFIX}${key}`).setLabel('Post to channel').setStyle(ButtonStyle.Primary);
    return new ActionRowBuilder<ButtonBuilder>().addComponents(button).toJSON();
  }

  /** The answer for a button's custom_id, removed so it is posted once; undefined if unknown or forgotten. */
  take(customId: string): Shared | undefined {
    const key = customId.slice(SHARE_PREFIX.length);
    const entry = this.entries.get(key);
    this.entries.delete(key);
    return entry;
  }
}

export const isShareCustomId = (customId: string) => customId.startsWith(SHARE_PREFIX);
