// What people call an issuer's lines where no naming rule can derive it ("GMV" for its loan volume):
// data beside the release, `<release>.aliases.json`, never code. An aliases file in data/releases
// names its issuer (ticker or name) and serves every release of that issuer, wherever it is loaded from.
import { readFileSync } from 'node:fs';
import { z } from 'zod/v3';
import type { Company } from './companies.js';
import { aliasFiles } from './loaded.js';

const AliasesSchema = z.object({
  /** The issuer the names are for: its ticker or name as the release prints it. */
  issuer: z.string(),
  /** A line's label as the release prints it → the names people call it. */
  names: z.record(z.array(z.string())),
  /** Shorthand for the issuer's own words, rewritten in a question: "cap light" → "capital light". */
  words: z.record(z.string()).default({}),
  /** Its own headline lines (labels), shown on the summary card after the general ones. */
  headlines: z.array(z.string()).default([]),
});

/** Reads one aliases file; a malformed one names the file and what is wrong. */
function readAliasesFile(file: string): z.infer<typeof AliasesSchema> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  const parsed = AliasesSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Adds each aliases file's names to the company whose ticker or name it gives. */
export function attachAliases(companies: Company[], releaseFiles: string[], dataDir: string): void {
  for (const file of aliasFiles(releaseFiles, dataDir)) {
    const aliases = readAliasesFile(file);
    const company = companies.find((c) => c.names.some((n) => n.toLowerCase() === aliases.issuer.toLowerCase()));
    if (!company) continue;
    for (const [label, names] of Object.entries(aliases.names)) {
      const key = label.toLowerCase();
      company.kb.aliases.set(key, [...(company.kb.aliases.get(key) ?? []), ...names]);
    }
    company.kb.headlines.push(...aliases.headlines);
    for (const [said, meant] of Object.entries(aliases.words)) company.kb.shorthand.set(said.toLowerCase(), meant.toLowerCase());
  }
}
