// Follow-up context ("and the quarter before?") is kept per conversation id: one per direct-message
// channel, one per channel thread, and, for slash commands in a channel, one per user there.

/** Direct-message channel ids start with D. */
export const isDirectMessage = (channel: string) => channel.startsWith('D');

/** `scope` (a thread ts, or a user id for slash commands) is ignored in direct messages. */
export function conversationId(team: string, channel: string, scope: string): string {
  return isDirectMessage(channel) ? `slack:${team}:${channel}` : `slack:${team}:${channel}:${scope}`;
}
