/**
 * Finds the dataset's stakeholders named in a page's prose: a full name ("Arfon Jones", "Home
 * Office") wherever it is written, and a form of address with a surname ("Mr Jones") only
 * when the same story has named that person in full before, and no one else of that surname
 * since ("Carwyn Jones … Mr Jones" is Carwyn). A surname alone, or a role alone, names no one.
 * An office's name right after a preposition that leaves out the article names a way of
 * working, not the office: German, Dutch, Spanish and Portuguese write working from home as
 * "im Home Office", "vanuit Home Office", "en Home Office", "em Home Office", where the
 * department takes its article ("des Home Office", "el Home Office", "o Home Office").
 * Pure: the caller gives the prose of the stories about the topic, in page order.
 */
import type { StakeholderName } from '../data/stakeholder-names';

/** One prose context: its text, who owns it, and which story it is part of. */
export interface NameProse<Owner, Story> {
  readonly text: string;
  readonly owner: Owner;
  readonly story: Story;
}

export interface NameFinding<Owner> {
  readonly stakeholderId: string;
  readonly owner: Owner;
  /** Offsets in the prose context's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Written in full, or as a form of address with the surname. */
  readonly form: 'name' | 'address';
}

export interface CompiledNames {
  readonly pattern: RegExp | null;
  /** Full name (white space folded to one space) → stakeholder id. */
  readonly byName: ReadonlyMap<string, string>;
  /** Surname → the stakeholders who bear it. */
  readonly bySurname: ReadonlyMap<string, readonly StakeholderName[]>;
  /** Stakeholder id → surname, for people. */
  readonly surnameOf: ReadonlyMap<string, string>;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A written form as a pattern: white space flexible; a form of address may start with either case ("señora", "Señora"). */
function formPattern(written: string, eitherCase: boolean): string {
  const pattern = written.split(/\s+/).map(escape).join('\\s+');
  const first = written[0] ?? '';
  return eitherCase && first.toLowerCase() !== first.toUpperCase() ? `[${first.toLowerCase()}${first.toUpperCase()}]${pattern.slice(1)}` : pattern;
}

const folded = (text: string): string => text.replace(/\s+/g, ' ');

/** Prepositions without an article (or, in German, with one fused in) before an office's name that make it a place of work: "im Home Office", "em home office". */
const WORKPLACE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:im|ins|vanuit|en|em)\s+$/iu;
/** How far back the preposition is looked for: its longest form and the white space after it. */
const WORKPLACE_REACH = 12;

export function compileNames(names: readonly StakeholderName[], formsOfAddress: readonly string[]): CompiledNames {
  const byName = new Map(names.map((n) => [folded(n.name), n.id]));
  const bySurname = new Map<string, StakeholderName[]>();
  for (const name of names) if (name.surname) bySurname.set(name.surname, [...(bySurname.get(name.surname) ?? []), name]);
  const surnameOf = new Map(names.flatMap((n) => (n.surname ? [[n.id, n.surname] as const] : [])));
  if (names.length === 0) return { pattern: null, byName, bySurname, surnameOf };
  // Longest first, so "Mrs" is tried before "Mr" and a longer name before one it starts.
  const longestFirst = (a: string, b: string): number => b.length - a.length;
  const surnames = [...bySurname.keys()].sort(longestFirst).map((s) => formPattern(s, false));
  const full = names
    .map((n) => n.name)
    .sort(longestFirst)
    .map((n) => formPattern(n, false));
  const forms = [...formsOfAddress].sort(longestFirst).map((f) => formPattern(f, true));
  const alternatives = [`(?<full>${full.join('|')})`];
  if (surnames.length) {
    const surname = surnames.join('|');
    // A form of address ending in "." is followed by white space; one without may take a "." of its own ("Mr. Jones").
    alternatives.unshift(`(?<address>(?:${forms.join('|')})\\.?)\\s+(?<addressed>${surname})`);
    // Anyone else's full name with a stakeholder's surname: "Carwyn Jones".
    alternatives.push(`\\p{Lu}[\\p{L}’'-]*\\s+(?<other>${surname})`);
  }
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), byName, bySurname, surnameOf };
}

/** Every name of a stakeholder in `prose`, in page order. */
export function findStakeholders<Owner, Story>(prose: readonly NameProse<Owner, Story>[], compiled: CompiledNames): NameFinding<Owner>[] {
  const { pattern } = compiled;
  if (!pattern) return [];
  const findings: NameFinding<Owner>[] = [];
  /** Per story: who the last full name with each surname was (null: someone not in the dataset). */
  const lastNamed = new Map<Story, Map<string, string | null>>();
  for (const { text, owner, story } of prose) {
    let named = lastNamed.get(story);
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const start = match.index;
      const end = start + match[0].length;
      if (groups.full !== undefined) {
        const id = compiled.byName.get(folded(groups.full))!;
        const isOffice = !compiled.surnameOf.has(id);
        if (isOffice && WORKPLACE_BEFORE.test(text.slice(Math.max(0, start - WORKPLACE_REACH), start))) continue;
        findings.push({ stakeholderId: id, owner, start, end, text: match[0], form: 'name' });
        const surname = compiled.surnameOf.get(id);
        if (surname) {
          if (!named) lastNamed.set(story, (named = new Map<string, string | null>()));
          named.set(surname, id);
        }
      } else if (groups.other !== undefined) {
        if (!named) lastNamed.set(story, (named = new Map<string, string | null>()));
        named.set(groups.other, null);
      } else if (groups.addressed !== undefined) {
        const id = named?.get(groups.addressed);
        if (id) findings.push({ stakeholderId: id, owner, start, end, text: match[0], form: 'address' });
      }
    }
  }
  return findings;
}
