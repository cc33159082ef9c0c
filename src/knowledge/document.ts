// A release on disk becomes a list of lines, or a ReleaseError that names the line at fault.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ungrid } from './grid-tables.js';

export class ReleaseError extends Error {
  constructor(
    public readonly document: string,
    public readonly line: number,
    public readonly problem: string,
  ) {
    super(`${document}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ReleaseError';
  }
}

export interface ReleaseText {
  /** Path relative to the working directory (the project root), as citations name it. */
  path: string;
  lines: string[];
  /** Told from the content, not the file's name. */
  format: 'html' | 'text' | 'markdown';
}

/**
 * HTML when it opens as HTML (or an EDGAR <DOCUMENT> wrapper) or is mostly markup; markdown when it has
 * markdown headings, emphasis or tab/pipe tables; otherwise plain text (ASCII tables by column position, grid tables too).
 */
export function detectFormat(lines: string[]): ReleaseText['format'] {
  const head = lines.slice(0, 200).join('\n').slice(0, 20_000);
  if (/^\s*(?:<!doctype\s+html|<html|<document>|<\?xml)/i.test(head) || (head.match(/<(?:p|div|table|tr|td|font|span|br)\b/gi)?.length ?? 0) > 20) return 'html';
  // A plain-text grid table's rows ("| Revenue | 1,284.6 |" between "+----+" borders) are no markdown.
  const sample = ungrid(lines.slice(0, 2000));
  if (sample.some((l) => /^#{1,6}\s|\t|^\s*\|.*\|\s*$|\*\*\S/.test(l))) return 'markdown';
  return 'text';
}

export function readRelease(file: string, root = process.cwd()): ReleaseText {
  const path = relative(root, resolve(root, file)).split('\\').join('/');
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(root, file));
  } catch (err) {
    throw new ReleaseError(path, 0, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseReleaseText(path, bytes);
}

/** The text encoding its byte-order mark names: UTF-16 (either byte order), else UTF-8. */
function encodingOf(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Validates the bytes as text: UTF-8 (or UTF-16 with its byte-order mark), no NUL or other binary control bytes, not empty. */
export function parseReleaseText(path: string, bytes: Buffer | string): ReleaseText {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder(encodingOf(bytes), { fatal: false }).decode(bytes);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/.test(line)) {
      throw new ReleaseError(path, i + 1, 'binary content: this is not a text release (control or invalid UTF-8 bytes)');
    }
  });
  if (!lines.some((l) => l.trim())) throw new ReleaseError(path, 1, 'the release is empty');
  return { path, lines, format: detectFormat(lines) };
}
