// Slack's text is its own markup: `<…>` spans are mentions, broadcasts and links, and & < > arrive as
// entities. Incoming text is decoded to what the person typed; outgoing text is escaped so it shows
// exactly as written and can never ping or link.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Plain text → mrkdwn that displays it literally. Slack treats only & < > as markup characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]!);
}

/**
 * Slack message text → plain text: `<@U1|ann>` → `@ann`, `<#C1|general>` → `#general`, `<!here>` → `@here`,
 * `<https://x|label>` → `label`, entities decoded. Decoding `&amp;` last keeps `&amp;lt;` as `&lt;`.
 */
export function fromSlack(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const bar = inner.indexOf('|');
      const target = bar < 0 ? inner : inner.slice(0, bar);
      const label = bar < 0 ? '' : inner.slice(bar + 1);
      if (target.startsWith('!')) return label || `@${target.slice(1).split('^')[0]}`;
      if (target.startsWith('@') || target.startsWith('#')) return label ? target[0] + label.replace(/^[@#]/, '') : target;
      return label || target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
