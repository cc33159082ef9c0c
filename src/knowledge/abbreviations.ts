// The abbreviations a release defines for its own terms ("Provision for credit losses (PCL)"): the text reader
// finds a line by its short form in prose, and the question side hears the line by it (intents/naming).
/**
 * `Long Name (“LN”)`, `Long Name (the "LN")`, `Gross order value (GOV)`: an abbreviation whose letters
 * start the long form's words (checked below). Unquoted, the short form is in capitals ("(loss)" is none),
 * or starts with two and ends with one ("EBIT after rent (EBITaR)").
 */
const DEFINITION = /((?:[A-Za-z][\w'-]*\s+){1,6}[A-Za-z][\w'-]*)\s*\(\s*(?:the\s+)?(?:["“]([A-Z][A-Za-z0-9&-]{1,9})["”]|([A-Z][A-Z0-9&-]{1,9}|[A-Z]{2}[A-Za-z0-9&-]{0,7}[A-Z]))\s*\)/g;

/** A long form's letters as an abbreviation takes them: each word's initial, an acronym in it whole ("EBIT after rent": EBITAR). */
const initials = (words: string[]) => words.map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0])).join('');
/** Small words an abbreviation may leave out: "Provision for credit losses (PCL)", not only "Return on equity (ROE)". */
const SMALL = /^(?:of|for|and|on|in|to|the|&)$/i;
const initialsOf = (words: string[]) => [initials(words), initials(words.filter((w) => !SMALL.test(w)))].map((i) => i.toUpperCase());

/** The abbreviations a release's text defines: long form → short form. */
export function definedAbbreviations(texts: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(DEFINITION)) {
      const words = m[1]!.split(/\s+/);
      const short = (m[2] ?? m[3])!;
      // The short form's letters are the initials of the long form's last words ("Intelligence Credit Engine").
      for (let i = 0; i < words.length; i++) {
        const tail = words.slice(i);
        if (!SMALL.test(tail[0]!) && initialsOf(tail).includes(short.replace(/[^A-Za-z]/g, '').toUpperCase())) out.set(tail.join(' '), short);
      }
    }
  }
  return out;
}
