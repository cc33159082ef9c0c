// An answer's chart (a PNG) or export (a CSV) as files of the Discord message that carries the answer:
// the chart is shown inside the answer's embed (`attachment://` names the file), the export is a file
// beside it. A file that cannot be made is logged and the answer goes without it, saying so.
import type { APIEmbed, AttachmentPayload } from 'discord.js';
import type { Answer } from '../../intents/answer.js';
import { attachmentsOf, hasFiles } from '../attachments.js';
import { describe, type DiscordContext, type ReplyPayload } from './context.js';

export const NO_FILE = "(I couldn't attach the chart or file for this answer; the figures stand. Please ask again for it.)";

export interface FilePayload extends ReplyPayload {
  files?: AttachmentPayload[];
}

export async function withFiles(ctx: DiscordContext, reply: ReplyPayload, answer: Answer | null): Promise<FilePayload> {
  if (!answer || !hasFiles(answer) || answer.status !== 'answer') return reply;
  try {
    const made = await attachmentsOf(answer);
    const files = made.map((f) => ({ attachment: f.data, name: f.name, description: f.title.slice(0, 1024) }));
    const png = made.find((f) => f.mime === 'image/png');
    const embeds = reply.embeds?.map((e, i): APIEmbed => (i === 0 && png ? { ...e, image: { url: `attachment://${png.name}` } } : e));
    return { ...reply, ...(embeds ? { embeds } : {}), files };
  } catch (error) {
    ctx.log(`[discord] could not make an answer's file: ${describe(error)}`);
    return { ...reply, content: NO_FILE };
  }
}
