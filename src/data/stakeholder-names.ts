/**
 * The stakeholders' names as a page may write them, derived from the dataset when the
 * extension is built (never listed by hand): a person by their full name, and once that has
 * been written, by a form of address and their surname ("Ms Thewliss"); an office or group
 * only when its name is a proper name of two or more capitalised words ("Home Office"). A
 * description ("The government", "Glasgow council", "Police chiefs in England and Wales") or a
 * single word ("Tories") names no one in particular on another page, and a role alone never
 * names its holder (offices change hands), so neither is a name here.
 */
import type { Dataset, Stakeholder } from './dataset-schema';

export interface StakeholderName {
  readonly id: string;
  /** As the dataset writes it: "Arfon Jones", "Home Office". */
  readonly name: string;
  /** A person's surname, for forms of address ("Mr Jones"); null for an office or group. */
  readonly surname: string | null;
}

/** Forms of address before a surname, in the lexicon's seven languages (a trailing "." optional where it abbreviates). */
export const FORMS_OF_ADDRESS: readonly string[] = [
  // en
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Sir',
  'Dame',
  'Lord',
  'Baroness',
  // de
  'Herr',
  'Frau',
  // fr
  'M.',
  'Mme',
  'Monsieur',
  'Madame',
  // nl
  'de heer',
  'mevrouw',
  'meneer',
  'dhr.',
  'mevr.',
  // es, pt
  'Sr.',
  'Sra.',
  'señor',
  'señora',
  'senhor',
  'senhora',
  // it
  'signor',
  'signora',
  'sig.',
  'sig.ra',
  'dott.',
  'dott.ssa',
];

const CAPITALISED = /^\p{Lu}[\p{L}’'-]*$/u;

/** Is `name` a proper name: two or more words, each capitalised, no parenthesis? */
function isProperName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.every((word) => CAPITALISED.test(word));
}

function nameOf(stakeholder: Stakeholder): StakeholderName | null {
  // A framing is the article's description of others, not anyone's name.
  if (stakeholder.framingOf || !isProperName(stakeholder.name)) return null;
  const surname = stakeholder.kind === 'person' ? (stakeholder.name.split(/\s+/).pop() ?? null) : null;
  return { id: stakeholder.id, name: stakeholder.name, surname };
}

export function stakeholderNames(dataset: Pick<Dataset, 'stakeholders'>): StakeholderName[] {
  return dataset.stakeholders.flatMap((stakeholder) => nameOf(stakeholder) ?? []);
}
