// The terminal's way with an answer's chart or export: saved as files in a directory (QFIN_FILES, else
// ./qfin-files), which the chat then names. The terminal cannot show a picture; a file viewer can.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Answer } from '../../intents/answer.js';
import { attachmentsOf } from '../attachments.js';

export const filesDir = (env: NodeJS.ProcessEnv = process.env) => resolve(env.QFIN_FILES?.trim() || 'qfin-files');

/** Writes the answer's files into `dir` (made if missing); the paths written, in order. */
async function saveFiles(answer: Answer, dir: string): Promise<string[]> {
  const files = await attachmentsOf(answer);
  if (!files.length) return [];
  mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.data);
    return path;
  });
}

/** "Saved the chart to …" / "Saved the export to …", one line a file; a failure is said, not thrown. */
export async function saveAndSay(answer: Answer, dir: string): Promise<string[]> {
  try {
    return (await saveFiles(answer, dir)).map((p) => `Saved the ${p.endsWith('.png') ? 'chart' : 'export'} to ${p}`);
  } catch (err) {
    return [`Could not save the answer's file in ${dir}: ${(err as Error).message}`];
  }
}
