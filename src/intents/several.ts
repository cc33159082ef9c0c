// Several companies loaded at once: one engine per company, and this one in front of them. The company
// a question names is answered for; else the thread's company, else the default company (configured),
// else the bot asks which. A question naming two companies, or one not loaded, declines. Every answer
// names its company, and a thread keeps it: a figure of one company is never given for another.
import type { Company } from '../knowledge/companies.js';
import { plainName } from '../knowledge/companies.js';
import type { Answer, Engine } from './answer.js';
import { CATALOG } from './catalog.js';
import { ContextStore, type Turn } from './context.js';
import { createEngine, type EngineOptions } from './engine.js';
import { Lexicon } from './lexicon.js';
import { definedAbbreviations } from '../knowledge/abbreviations.js';
import { companiesNamed, withoutCompanies } from './recognisers/companies.js';
import { oneAfterAnother } from './handlers/index.js';
import { ACROSS_RULES, acrossCompanies, whichOne } from './across.js';
import { foreignEntity, type Issuer, type Senses } from './recognisers/entities.js';
import { OPERATION_CUES } from './recognisers/operations.js';
import { pick } from './refiners/ambiguity.js';
import { normalise, STOPWORDS } from './text.js';
import { clarify, unknown } from './reply.js';

/**
 * One company's view of the conversation store: its own turns, and another company's turn only for the
 * lines this company also has ("and for LexinFintech?" asks the same line of the other company).
 */
class CompanyContexts extends ContextStore {
  constructor(
    private readonly base: ContextStore,
    private readonly company: Company,
  ) {
    super(1);
  }

  override get(conversation: string): Turn | undefined {
    const t = this.base.get(conversation);
    if (!t?.company || t.company === this.company.key) return t?.company ? t : undefined;
    const has = (id: string) => this.company.kb.metrics.has(id);
    return t.metrics.length && t.metrics.every(has) ? { ...t, earlier: t.earlier.filter(has), choices: [] } : undefined;
  }

  override set(conversation: string, turn: Turn): void {
    this.base.set(conversation, { ...turn, company: this.company.key });
  }

  override forget(conversation: string): void {
    this.base.forget(conversation);
  }
}

interface Member {
  company: Company;
  lex: Lexicon;
  engine?: Engine;
}

/** The default company by name or ticker, or an error naming the companies loaded. */
export function defaultCompany(companies: Company[], wanted: string | undefined): Company | undefined {
  if (!wanted?.trim()) return companies.length === 1 ? companies[0] : undefined;
  const w = plainName(wanted);
  const found = companies.find((c) => c.key.toLowerCase() === w || c.names.some((n) => plainName(n) === w));
  if (!found) throw new Error(`the default company "${wanted}" is none of the companies loaded (${companies.map(describe).join(', ')})`);
  return found;
}

/** Words of the catalog's names for lines ("EPS"), whether or not a loaded release has the line: no company's name. */
const CATALOG_WORDS = new Set(CATALOG.flatMap((e) => e.names.flatMap((n) => n.toLowerCase().split(/[^a-z0-9&]+/))).filter(Boolean));
const HELP = OPERATION_CUES.find((c) => c.op === 'help')!.cues;
const describe = (c: Company) => (c.ticker ? `${c.name} (${c.ticker})` : c.name);
/** Words that ask about every company loaded: "both companies", "each company", "all three issuers". */
const EVERY = /\b(?:both|each|all(?:\s+(?:two|three|four|the))?|every)\s+(?:of\s+the\s+)?(?:compan(?:y|ies)|cos|issuers?)\b/i;
/** "Which company" / "who" asking which of them: each one's figure is the answer. */
const WHICH = /^\s*(?:which|who|what)\s+(?:(?:co|company|one|of\s+them|of\s+the\s+two)\s+)?/i;
/** Connectives left where the names stood: "in Q1 2025, or ?", "of and". */
const DANGLING = /(?:\s*(?:,|\bor\b|\band\b|\bvs\.?|\bversus\b|&))+\s*(?=[?.!]*\s*$)|\b(?:of|for|at|between)\s+(?:(?:,|\bor\b|\band\b|\bvs\.?|&)\s*)+/gi;

export function createCompaniesEngine(companies: Company[], options: EngineOptions & { company?: string } = {}): Engine {
  return new Companies(companies, options);
}

class Companies implements Engine {
  private readonly members: Member[];
  private readonly contexts: ContextStore;
  private readonly fallback: Company | undefined;

  constructor(
    companies: Company[],
    private readonly options: EngineOptions & { company?: string },
  ) {
    // An abbreviation one company's release defines names the same long form in another's.
    const defined = definedAbbreviations(companies.flatMap((c) => c.kb.texts.map((t) => t.text)));
    this.members = companies.map((company) => ({ company, lex: new Lexicon(company.kb, defined) }));
    this.contexts = options.contexts ?? new ContextStore();
    this.fallback = defaultCompany(companies, options.company);
  }

  ask(text: string, conversation: string): Answer {
    try {
      return this.route(String(text ?? ''), String(conversation ?? ''));
    } catch (err) {
      (this.options.log ?? ((m: string) => process.stderr.write(`${m}\n`)))(`qfin: failed to answer ${JSON.stringify(String(text).slice(0, 200))}: ${(err as Error).stack ?? err}`);
      return unknown("Sorry, something went wrong while answering that. Please try rephrasing; I've logged the problem.");
    }
  }

  private route(q: string, conv: string): Answer {
    const last = this.contexts.get(conv);
    // The reply to "which company?" is the choice it picks.
    const chosen = last && !last.company && last.choices.length ? pick(q, last.choices) : null;
    if (chosen) {
      this.contexts.set(conv, { ...last!, choices: [] });
      return this.route(chosen.question, conv);
    }
    const all = this.members.map((m) => m.company);
    const named = companiesNamed(q, all, this.figureWord);
    if (named.length > 1 || (EVERY.test(q) && all.length > 1)) return this.each(q, conv, named.length > 1 ? named : all);
    const company = named[0] ?? this.members.find((m) => m.company.key === last?.company)?.company ?? this.fallback;
    if (company) {
      const answer = this.member(company).ask(q, conv);
      // A company named stays the thread's even when the question was not answered.
      if (named[0] && this.contexts.get(conv)?.company !== company.key) this.contexts.set(conv, { ...this.blank(company), company: company.key });
      return this.named(company, answer);
    }
    // "help" needs no company: the first one's help, with the companies loaded.
    if (HELP.test(normalise(q))) {
      const help = this.member(this.members[0]!.company).ask(q, conv);
      return { ...help, text: `I have releases of ${this.members.map((m) => describe(m.company)).join(' and ')}: name the company in a question (or set QFIN_COMPANY).\n${help.text}` };
    }
    const foreign = foreignEntity(q, this.issuer, this.senses);
    if (foreign) return unknown(`I have no release of "${foreign}". I answer for ${this.members.map((m) => describe(m.company)).join(', ')}.`, 'unknown-company');
    const choices = this.members.map(({ company: c }) => ({ label: describe(c), question: `${q} (${c.name})` }));
    this.contexts.set(conv, { ...this.blank(this.members[0]!.company), choices });
    return clarify(`Which company do you mean? I have releases of ${choices.map((c) => c.label).join(' and ')}.`, choices);
  }

  /**
   * One question of several companies ("Harbor Lane or Tidewater", "both companies"): each company's own
   * answer to it, one after the other, each naming its company and citing its own releases; a figure of
   * one is never set against or added to another's. If any of them cannot answer, none is given.
   */
  private each(q: string, conv: string, companies: Company[]): Answer {
    const across = ACROSS_RULES.find((r) => r.pattern.test(q));
    if (across && !across.op) return unknown(`I don't divide one company's figures by another's: ask about ${companies.map(describe).join(' and ')} one at a time.`, 'out-of-scope');
    // Every word of the arithmetic goes ("A plus B revenue combined"): each company is asked the figure alone.
    const own = withoutCompanies(q, companies, this.figureWord).replace(across ? new RegExp(across.pattern.source, 'gi') : EVERY, ' ').replace(EVERY, ' ').replace(WHICH, ' ').replace(DANGLING, ' ').replace(/\s+/g, ' ').trim();
    // Each company's turn stands apart from the thread: the thread keeps the company it had.
    const ask = (c: Company) => this.member(c).ask(own, `${conv}\u0000${c.key}`);
    if (across?.op) return acrossCompanies(across.op, companies.map((company) => ({ company, answer: ask(company) })));
    const parts = companies.map((c) => this.named(c, ask(c)));
    // A figure is never shown uncited: where one company cannot answer, the others' figures wait to be asked alone.
    const failed = parts.filter((a) => a.status !== 'answer');
    const others = companies.filter((_c, i) => parts[i]!.status === 'answer').map(describe);
    if (failed.length) return unknown(`I can answer that only for each company on its own, and not for all of them here:\n${failed.map((a) => a.text).join('\n')}${others.length ? `\nAsk about ${others.join(' or ')} alone for its figure.` : ''}`, failed[0]!.reason ?? 'not-understood');
    // "Which had more ...": the answer says which, from the figures each company leads with.
    const which = whichOne(q, companies.map((company, i) => ({ company, answer: parts[i]! })));
    const both = oneAfterAnother(parts);
    return which ? { ...both, text: `${both.text}\n${which}` } : both;
  }

  /** A turn about nothing yet. */
  private blank(company: Company): Turn {
    return { op: 'value', metrics: [], periods: [], periodsNamed: false, basis: null, currency: company.kb.currency, earlier: [], choices: [] };
  }

  suggest(prefix: string, limit = 25): string[] {
    return [...new Set(this.members.flatMap((m) => this.member(m.company).suggest(prefix, limit)))].slice(0, limit);
  }

  /** Every answer names its company. */
  private named(company: Company, a: Answer): Answer {
    return { ...a, text: `${company.name}: ${a.text}` };
  }

  private member(company: Company): Engine {
    const m = this.members.find((x) => x.company === company)!;
    m.engine ??= createEngine(company.kb, { ...this.options, lexicon: m.lex, contexts: new CompanyContexts(this.contexts, company) });
    return m.engine;
  }

  /** A word of any company's line names or of the bot's cues ("First" is no company's short name). */
  private readonly figureWord = (w: string) => this.members.some((m) => m.lex.matcher.knows(w));

  /** A word any company's releases or the bot's cues use, or an abbreviation the bot expands ("EPS"). */
  private readonly known = (w: string) => CATALOG_WORDS.has(w) || normalise(w) !== w || this.members.some((m) => m.lex.knows(w));

  /** What any company's releases or the bot make of a word: a word some release prints is no other company's name. */
  private readonly senses: Senses = {
    known: this.known,
    own: (w) => normalise(w) !== w || this.members.some((m) => m.lex.releaseWords.has(w)),
    nameWord: (w) => CATALOG_WORDS.has(w) || this.members.some((m) => m.lex.matcher.isNameWord(w)),
    asWritten: (w) => STOPWORDS.has(w) || this.members.some((m) => m.lex.matcher.isNameWordAsIs(w) || m.lex.cueWord(w)),
    read: (w) => normalise(w) !== w,
  };

  /** Every loaded company's names, as one issuer: none of them is foreign. */
  private get issuer(): Issuer {
    const names = new Set(this.members.flatMap((m) => [...m.lex.issuer.names]));
    return { names, words: new Set(this.members.flatMap((m) => [...m.lex.issuer.words])), self: new Set(this.members.flatMap((m) => [...m.lex.issuer.self])) };
  }
}
