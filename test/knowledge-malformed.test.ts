// Malformed releases: each gives a ReleaseError that names the document and the line at fault, never
// a crash (TypeError, ZodError) and never a figure that the document does not print.
import { relative } from 'node:path';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReleaseError, parseReleaseText } from '../src/knowledge/document.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { buildRelease } from '../src/knowledge/build.js';
import { runChecks } from '../src/knowledge/checks.js';
import { RELEASE, edited, releaseLines, releaseText, writeTmp } from './knowledge-helpers.js';

const upTo = (n: number) => releaseLines.slice(0, n).join('\n');

/** The ReleaseError that loading `file` throws (the test fails if it loads, or throws anything else). */
function loadError(file: string): ReleaseError {
  let thrown: unknown;
  try {
    loadKnowledge([file]);
  } catch (err) {
    thrown = err;
  }
  expect(thrown, 'loading should fail with a ReleaseError').toBeInstanceOf(ReleaseError);
  return thrown as ReleaseError;
}

interface Case {
  name: string;
  content: string | Buffer;
  line: number;
  problem: RegExp;
}

/**
 * Tables the reader cannot read with confidence: each is left out with its line and the reason, and the
 * rest of the release loads; no figure is taken from it.
 */
const TABLE_CASES: Case[] = [
  {
    name: 'a table cut after its header rows, at the end of the file',
    content: upTo(267),
    line: 267,
    problem: /the table is truncated: it has column headers but no rows/,
  },
  {
    name: 'a table whose body is missing, followed by the next section',
    content: [...releaseLines.slice(0, 267), '', ...releaseLines.slice(307)].join('\n'),
    line: 267,
    problem: /the table is truncated: it has column headers but no rows/,
  },
  {
    name: 'a file cut in the middle of a number ("4,15")',
    content: `${upTo(276)}\n${releaseLines[276]!.slice(0, releaseLines[276]!.indexOf('4,153,183') + 4)}`,
    line: 277,
    problem: /non-numeric cell "4,15" in column "Three months ended March 31, 2024 RMB"/,
  },
  {
    name: 'a file cut after a row\'s first figure',
    content: `${upTo(276)}\n${releaseLines[276]!.split('\t').slice(0, 2).join('\t')}\t`,
    line: 277,
    problem: /missing figure in column "Three months ended March 31, 2024 RMB" \(the row has 1 of 3\)/,
  },
  {
    name: 'a row with its USD cell missing',
    content: edited([{ line: 279, from: '\t21,601', to: '' }]),
    line: 279,
    problem: /missing figure in column "Three months ended March 31, 2024 USD" \(the row has 2 of 3\)/,
  },
  {
    name: 'a row with an empty cell in the middle',
    content: edited([{ line: 279, from: '155,963', to: '' }]),
    line: 279,
    problem: /missing figure in column "Three months ended March 31, 2024 RMB"/,
  },
  {
    name: 'a row with one figure too many',
    content: edited([{ line: 279, from: '21,601', to: '21,601\t7' }]),
    line: 279,
    problem: /a row has 4 figures but the table has 3 columns/,
  },
  {
    name: 'a non-numeric cell',
    content: edited([{ line: 279, from: '155,963', to: 'n/a' }]),
    line: 279,
    problem: /missing figure in column "Three months ended March 31, 2024 RMB" \(the row has 2 of 3\)/,
  },
  {
    name: 'a number with a stray letter',
    content: edited([{ line: 213, from: '5,301,288', to: '5,301,28S' }]),
    line: 213,
    problem: /non-numeric cell "5,301,28S" in column "March 31, 2024 RMB"/,
  },
  {
    name: 'a misgrouped number (a digit lost)',
    content: edited([{ line: 213, from: '5,301,288', to: '5,301,28' }]),
    line: 213,
    problem: /non-numeric cell "5,301,28"/,
  },
  {
    name: 'an unknown column header (no period)',
    content: edited([{ line: 266, from: '\t2023\t2024\t2024', to: '\tFoo\tBar\tBaz' }]),
    line: 265,
    problem: /no column header names a period \("Three months ended March 31, Foo RMB"/,
  },
  {
    name: 'a column header in words the reader does not know',
    content: edited([{ line: 210, from: '\tRMB\tRMB\tUSD', to: '\tRMB\tRMB\tPro rata' }]),
    line: 209,
    problem: /column header "March 31, 2024 Pro rata" has words the reader does not know as a period or a kind of figure: pro rata/,
  },
  {
    name: 'a misspelt month in a column header',
    content: edited([{ line: 313, from: 'March 31,', to: 'Smarch 31,' }]),
    line: 313,
    problem: /column header "Three months ended Smarch 31, 2023 RMB" has words the reader does not know/,
  },
  {
    name: 'a row of figures without a label',
    content: edited([{ line: 279, from: 'Funding costs', to: '' }]),
    line: 279,
    problem: /a row has figures but no label, and the lines above it do not add up to it/,
  },
  {
    name: 'a row label with no words',
    content: edited([{ line: 213, from: 'Cash and cash equivalents', to: '--' }]),
    line: 213,
    problem: /row label "--" has no words/,
  },
];

const CASES: Case[] = [
  { name: 'an empty file', content: '', line: 1, problem: /the release is empty/ },
  { name: 'a file of blank lines', content: '\n \n\t\n', line: 1, problem: /the release is empty/ },
  {
    name: 'NUL bytes',
    content: Buffer.concat([Buffer.from(upTo(8)), Buffer.from('\nSHANGHAI\u0000\u0000\n')]),
    line: 9,
    problem: /binary content/,
  },
  {
    name: 'invalid UTF-8',
    content: Buffer.concat([Buffer.from(`${upTo(11)}\n`), Buffer.from([0x2d, 0x20, 0xc3, 0x28, 0xff, 0xfe]), Buffer.from('\n')]),
    line: 12,
    problem: /binary content/,
  },
  {
    name: 'a binary file (an image header)',
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    line: 1,
    problem: /binary content/,
  },
  {
    name: 'text with no quarter and no table',
    content: 'Minutes of the meeting\n\nNothing was decided.\n',
    line: 1,
    problem: /cannot tell which quarter the release reports/,
  },
  {
    name: 'a quarter named but no figures',
    content: '## First Quarter 2024 Results\n\nThe results for the first quarter of 2024 will follow.\n',
    line: 1,
    problem: /no figures found/,
  },
];

/** The real release's facts, read once for the file: each encoding is compared with the same reading. */
let original: ReturnType<typeof loadKnowledge>['kb']['facts'] | undefined;
const originalFacts = () => (original ??= loadKnowledge([RELEASE], () => {}).kb.facts);

describe('malformed releases through loadKnowledge', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s → ReleaseError naming the line', (_name, c, i) => {
    const file = writeTmp(`case-${i}.md`, c.content);
    const err = loadError(file);
    const document = relative(process.cwd(), file);
    expect(err.document).toBe(document);
    expect(err.line).toBe(c.line);
    expect(err.problem).toMatch(c.problem);
    expect(err.message).toBe(`${document}:${c.line}: ${err.problem}`);
  });

  it.each(TABLE_CASES.map((c, i) => [c.name, c, i] as const))('%s → that table skipped, naming its line and why; the rest loads', (_name, c, i) => {
    const file = writeTmp(`table-case-${i}.md`, c.content);
    const warnings: string[] = [];
    const { kb, reports } = loadKnowledge([file], (m) => warnings.push(m));
    const release = kb.releases[0]!;
    const skip = release.skipped.find((s) => s.line === c.line);
    expect(skip, JSON.stringify(release.skipped)).toBeDefined();
    expect(skip!.reason).toMatch(c.problem);
    expect(warnings.some((w) => w.includes(`:${c.line}: table not read`))).toBe(true);
    expect(reports.get(release.document)!.issues.some((is) => is.check === 'table' && is.lines[0] === c.line)).toBe(true);
    // The rest loads (the narrative and the other tables), and nothing cites the row at fault.
    expect(kb.facts.length).toBeGreaterThan(100);
    expect(kb.facts.some((f) => f.source === 'table' && f.citation.line === c.line)).toBe(false);
  });

  it.each([
    ['UTF-16LE with its byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(releaseText, 'utf16le')])],
    ['UTF-16BE with its byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(releaseText, 'utf16le').swap16()])],
    ['UTF-8 with a byte-order mark and CRLF line ends', Buffer.from(`\uFEFF${releaseText.replace(/\n/g, '\r\n')}`, 'utf8')],
  ])('%s loads as the UTF-8 original does, citing the same lines', (_name, bytes) => {
    const original = originalFacts();
    const { kb } = loadKnowledge([writeTmp(`encoded-${bytes[0]}-${bytes[1]}.md`, bytes)], () => {});
    expect(kb.facts.length).toBe(original.length);
    expect(kb.facts.map((f) => `${f.metric}|${f.citation.line}|${f.citation.quote}`)).toEqual(original.map((f) => `${f.metric}|${f.citation.line}|${f.citation.quote}`));
  });

  it('a file that does not exist → ReleaseError naming the document', () => {
    const file = writeTmp('present.md', 'x').replace(/present\.md$/, 'absent.md');
    const err = loadError(file);
    expect(err.document).toBe(relative(process.cwd(), file));
    expect(err.message).toBe(`${relative(process.cwd(), file)}: cannot read the file (ENOENT)`);
  });

  it('a directory instead of a file → ReleaseError', () => {
    const dir = writeTmp('present.md', 'x').replace(/\/present\.md$/, '');
    expect(loadError(dir).message).toMatch(/cannot read the file \(EISDIR\)/);
  });

  it('one malformed file among good ones fails the load and names that file', () => {
    const bad = writeTmp('bad-among-good.md', Buffer.concat([Buffer.from(`${upTo(278)}\n`), Buffer.from([0x2d, 0x20, 0xc3, 0x28, 0xff, 0xfe])]));
    let thrown: unknown;
    try {
      loadKnowledge(['data/releases/qfin-2024q1.md', bad]);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ReleaseError);
    expect((thrown as ReleaseError).document).toBe(relative(process.cwd(), bad));
    expect((thrown as ReleaseError).line).toBe(279);
  });
});

/** The numbers a table row prints, read from the raw line: label dropped, "(x)" negative, "-" zero. */
function printedCells(line: string): Decimal[] {
  return line
    .split('\t')
    .slice(1)
    .map((c) => c.replace(/<\/?b>|\*\*/g, '').trim())
    .filter((c) => c)
    .map((c) => (/^[-–—]$/.test(c) ? new Decimal(0) : new Decimal(c.replace(/[,%()]/g, '')).times(/^\(.*\)$/.test(c) ? -1 : 1)));
}

describe('damaged copies of the real release (property)', () => {
  // Damage: cut the file at any character, delete a line, or put something else in a table cell.
  const tableLines = releaseLines.map((l, i) => (l.includes('\t') ? i : -1)).filter((i) => i >= 0);
  const damage = fc.oneof(
    fc.integer({ min: 0, max: releaseText.length }).map((n) => ({ what: `cut at ${n}`, text: releaseText.slice(0, n) })),
    fc.integer({ min: 0, max: releaseLines.length - 1 }).map((i) => ({ what: `delete line ${i + 1}`, text: releaseLines.filter((_, j) => j !== i).join('\n') })),
    fc
      .tuple(fc.constantFrom(...tableLines), fc.nat(3), fc.constantFrom('', 'x', '1', '(1', '1)', '--', '1.2.3', '%', '<b></b>', '1,00', 'RMB', '\u00a0', '12,345'))
      .map(([i, j, cell]) => {
        const cells = releaseLines[i]!.split('\t');
        cells[Math.min(j, cells.length - 1)] = cell;
        return { what: `line ${i + 1} cell ${j} := ${JSON.stringify(cell)}`, text: releaseLines.map((l, k) => (k === i ? cells.join('\t') : l)).join('\n') };
      }),
  );

  it('never crash: either a ReleaseError with a line in the document, or facts that the document prints', () => {
    fc.assert(
      fc.property(damage, ({ text }) => {
        const lines = text.split('\n');
        let release;
        try {
          release = buildRelease(parseReleaseText('damaged.md', text));
          runChecks(release);
        } catch (err) {
          expect(err).toBeInstanceOf(ReleaseError);
          const e = err as ReleaseError;
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines.length);
          return;
        }
        for (const f of release.facts) {
          expect(f.citation.line).toBeGreaterThanOrEqual(1);
          expect(f.citation.line).toBeLessThanOrEqual(lines.length);
          if (f.source === 'table') {
            // The value is one the cited line prints.
            expect(printedCells(lines[f.citation.line - 1]!).some((v) => v.equals(f.value))).toBe(true);
          }
        }
      }),
      // Each run parses a whole release (about 0.14 s): 40 runs still try each kind of damage a dozen times.
      { numRuns: 40, seed: 20240519 },
    );
  }, 60_000);
});
