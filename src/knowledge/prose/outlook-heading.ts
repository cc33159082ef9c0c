// Which headings name the outlook: the section every sentence under which looks ahead. A release's headline may name
// the outlook among what the company did; it is no such section.

/** A heading whose text looks ahead: every sentence under it is guidance. */
export const FORWARD_HEADING = /\b(?:outlook|guidance|forecast|expectations?)\b/i;

/**
 * A release's headline ("... Reports Results; Raises Outlook", "OSTMARK GROWS ORDERS AND RAISES REVENUE OUTLOOK FOR 2026"):
 * a verb of the company's, which no outlook section's heading has. The results listed under a headline are the quarter's.
 */
const HEADLINE = /\b(?:reports?|results|announces?|raises|lifts|lowers|cuts|narrows|grows|increases|confirms|reaffirms|updates|delivers|posts|achieves)\b/i;

/** A heading that names the outlook: every sentence under it looks ahead. */
export const outlookHeading = (section: string) => FORWARD_HEADING.test(section) && !HEADLINE.test(section);
