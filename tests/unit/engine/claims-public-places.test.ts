/**
 * Use taken out of a named public place is less public harm even beside lives saved. A place word
 * alone ("stairwells", "halls", "straat") is a weak cue that yields to the lives saved in the same
 * sentence ("cut deaths in the neighbourhood" is about deaths), so the place is strong only where
 * the use stands in it or is taken out of it: "reduced injecting in the laneways", "les injections
 * dans les halls", "houdt het gebruik van straat", "tirou o consumo das escadas".
 */
import { describe, it } from 'vitest';
import { expectEach, measuredIn, type Said } from './support/claims-in';

const harmReduced = (text: string, lang: Said[1]): string[] => measuredIn(text, lang).filter((id) => id === 'reduce-public-harm');

const USE_OUT_OF_PLACES: readonly Said[] = [
  ['The Leith room has saved dozens of lives and cut injecting in the back alleys by half, its manager told the board.', 'en'],
  ['Outreach workers say the centre prevented three deaths last month and reduced drug use in the laneways off Pitt Street.', 'en'],
  ['La salle a évité des dizaines de décès et fait reculer les injections dans les parkings du quartier, selon l’équipe.', 'fr'],
  ['De gebruiksruimte voorkomt overdoses en houdt de spuiters van de straat, zegt de buurtregisseur.', 'nl'],
  ['A sala evitou mortes por overdose e tirou o consumo dos passeios da Mouraria, garante o enfermeiro-chefe.', 'pt'],
];

/** Deaths among people using in those places are deaths, not public harm. */
const DEATHS_IN_PLACES: readonly Said[] = [
  ['Deaths among people injecting in the laneways have fallen since naloxone kits were handed out.', 'en'],
  ['Overdose deaths among those injecting in the back streets fell last year, the coroner said.', 'en'],
];

describe('use taken out of a public place', () => {
  it('is less public harm, beside lives saved', () => expectEach(USE_OUT_OF_PLACES, harmReduced, 'some'));
  it('is not read into deaths among people using there', () => expectEach(DEATHS_IN_PLACES, harmReduced, 'none'));
});
