// An answer's chart (a PNG) or export (a CSV) into the thread of the answer, by Slack's upload flow
// (files.getUploadURLExternal, the bytes to the URL it gives, files.completeUploadExternal), which
// Bolt's client runs as files.uploadV2. Needs the files:write scope (manifest.yml). A failed upload is
// logged and said in the thread; the answer itself is already posted.
import type { Logger, types, webApi } from '@slack/bolt';
import { attachmentsOf, hasFiles } from '../attachments.js';
import { renderNotice } from './render.js';

/** Where an answer went: a channel, and the thread in it when there is one. */
export interface Place {
  channel: string;
  thread_ts?: string;
}

export const UPLOAD_FAILED = "Sorry, I couldn't attach the chart or file for that answer. The figures above stand; please ask again for the file.";
export const PRIVATE_FILES = 'Charts and exports come as files, which a private reply cannot carry: mention me in a channel or send me a direct message to get it.';

/** The note under a private answer that has a chart or an export. */
export const privateNote = (): types.KnownBlock => ({ type: 'context', elements: [{ type: 'plain_text', text: PRIVATE_FILES, emoji: false }] });

export async function uploadAttachments(client: webApi.WebClient, answer: Parameters<typeof attachmentsOf>[0], place: Place, logger: Logger): Promise<void> {
  if (!hasFiles(answer)) return;
  try {
    const files = await attachmentsOf(answer);
    await client.files.uploadV2({
      channel_id: place.channel,
      ...(place.thread_ts ? { thread_ts: place.thread_ts } : {}),
      file_uploads: files.map((f) => ({ file: f.data, filename: f.name, title: f.title, ...(f.mime === 'image/png' ? { alt_text: f.title } : {}) })),
    });
  } catch (error) {
    logger.error(`qfin: could not upload an answer's file to ${place.channel}:`, error);
    await client.chat
      .postMessage({ ...place, ...renderNotice(UPLOAD_FAILED) })
      .catch((e: unknown) => logger.error('qfin: could not say so either:', e));
  }
}
