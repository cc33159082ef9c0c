// The channel threads the bot has answered in. A follow-up there is answered without a new mention, as
// people expect of a bot they are talking to; a thread it never joined is none of its business.
// Bounded: the least recently used thread is forgotten first (and with it, mention-free follow-ups).

export class JoinedThreads {
  private readonly threads = new Map<string, true>();

  constructor(private readonly capacity = 10_000) {}

  join(channel: string, thread: string): void {
    const key = `${channel}:${thread}`;
    this.threads.delete(key);
    this.threads.set(key, true);
    if (this.threads.size > this.capacity) this.threads.delete(this.threads.keys().next().value!);
  }

  has(channel: string, thread: string): boolean {
    return this.threads.has(`${channel}:${thread}`);
  }
}
