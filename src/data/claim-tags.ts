/**
 * The closed list of claims evidence can make, with what the card and the ranking need of
 * each. Plain data with no schema library, so the content script can carry it cheaply.
 */

/**
 * The claims evidence can make. Quotes are ranked by how well their tags fit a mention's
 * paragraph: `cues` are the word starts (lower case, no diacritics, in the languages the
 * lexicon covers) that signal a tag in running text; "polic" matches police, policing, Polizei.
 */
export const CLAIM_TAGS = {
  'legal-exemption': {
    label: 'Legal exemption',
    description: 'Changing or exempting the law so a facility can operate.',
    cues: ['legal', 'legalis', 'legaliz', 'exempt', 'law', 'laws', 'lawful', 'illegal', 'prosecution', 'licen', 'gesetz', 'legalisier', 'ausnahme', 'loi', 'legalisa', 'ley', 'legge', 'wet', 'lei'],
  },
  'pilot-site': {
    label: 'Pilot site',
    description: 'Opening a trial facility somewhere specific.',
    cues: ['pilot', 'trial', 'open a', 'opening', 'proposed', 'proposal', 'plan', 'site', 'modellprojekt', 'projet', 'experimenta', 'sperimenta', 'proef', 'piloto'],
  },
  'public-health': {
    label: 'Public health',
    description: 'Health risks, clean equipment, medical help.',
    cues: ['health', 'hiv', 'hepatitis', 'infection', 'clean', 'needle', 'syringe', 'medical', 'nurse', 'doctor', 'gesundheit', 'sante', 'salud', 'salute', 'gezondheid', 'saude'],
  },
  'drug-deaths': {
    label: 'Drug deaths',
    description: 'Deaths from drug use and lives saved.',
    cues: ['death', 'deaths', 'die', 'died', 'dying', 'fatal', 'overdos', 'save lives', 'saving lives', 'lives', 'drogentot', 'tote', 'mort', 'muerte', 'morti', 'doden', 'mortes'],
  },
  'law-enforcement': {
    label: 'Law enforcement',
    description: 'Police, prosecution, criminal justice.',
    cues: ['police', 'policing', 'policem', 'crime', 'criminal', 'commissioner', 'constable', 'officer', 'enforcement', 'prosecut', 'arrest', 'justice', 'polizei', 'politie', 'policia', 'polizia', 'gendarm'],
  },
  'government-policy': {
    label: 'Government policy',
    description: 'What the government allows, opposes or should do.',
    cues: ['government', 'minister', 'ministry', 'home office', 'home secretary', 'whitehall', 'westminster', 'policy', 'regierung', 'ministerium', 'gouvernement', 'gobierno', 'governo', 'regering'],
  },
  'addiction-treatment': {
    label: 'Addiction as a medical issue',
    description: 'Treating drug addiction medically rather than criminally.',
    cues: ['addict', 'treatment', 'recovery', 'rehab', 'dependen', 'sucht', 'therap', 'traitement', 'tratamiento', 'verslav'],
  },
  'public-order': {
    label: 'Public order',
    description: 'Open drug scenes, cleanliness, public insecurity.',
    cues: ['street', 'streets', 'public', 'litter', 'discarded', 'nuisance', 'residents', 'neighbourhood', 'neighborhood', 'open drug scene', 'safety', 'drogenszene', 'quartier', 'riverains'],
  },
  'public-support': {
    label: 'Public support',
    description: 'How many people, parties or bodies back the idea.',
    cues: ['support', 'backed', 'backing', 'vote', 'voted', 'poll', 'campaign', 'majority', 'parties', 'petition', 'unterstutz', 'soutien', 'apoyo'],
  },
  'drug-prevention': {
    label: 'Preventing drug use',
    description: 'Stopping drug use rather than making it safer.',
    cues: ['prevent', 'deter', 'condone', 'encourage', 'tough', 'abstinen', 'zero tolerance', 'verhind', 'prevenir', 'prevenzione'],
  },
  glasgow: {
    label: 'Glasgow',
    description: 'The proposed Glasgow facility.',
    cues: ['glasgow', 'glaswegian', 'clyde'],
  },
  scotland: {
    label: 'Scotland',
    description: 'Scottish politics and institutions.',
    cues: ['scotland', 'scottish', 'holyrood', 'msp', 'snp', 'edinburgh', 'schottland', 'ecosse', 'escocia', 'scozia', 'schotland', 'escocia'],
  },
} as const satisfies Record<string, { label: string; description: string; cues: readonly string[] }>;
export type ClaimTag = keyof typeof CLAIM_TAGS;
