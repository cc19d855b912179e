/**
 * The topic someone was asked about is asked, not said: "Asked about a possible change in the law,
 * the minister said nothing" calls for no change. The answer after it is read as any clause is.
 * Beside it, a claim disputed with a verb of contradicting is not made, nor is addiction a health
 * matter and not a crime where it is "not just a health problem".
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { shippedClaimsIn } from './support/shipped-claims-in';

/** The claim's words stand only in the topic asked about. */
const ONLY_ASKED: readonly Said[] = [
  ['Asked about a possible change in the law to allow consumption rooms, the minister said nothing.', 'en'],
  ['Auf eine mögliche Änderung des Betäubungsmittelgesetzes angesprochen, wich die Staatssekretärin aus.', 'de'],
  ['Interrogée sur une éventuelle modification de la loi pour les haltes soins addictions, la ministre a esquivé.', 'fr'],
  ['Gevraagd naar een mogelijke wijziging van de Opiumwet, hield de minister de boot af.', 'nl'],
  ['Preguntada por una posible reforma de la ley para permitir las salas, la consejera evitó responder.', 'es'],
  ['Questionado sobre uma eventual alteração da lei, o secretário de Estado remeteu para mais tarde.', 'pt'],
  ['Interpellato sulla possibilità di modificare la legge, il ministro ha preferito non commentare.', 'it'],
];

/** The answer makes the claim. */
const ANSWERED: readonly Said[] = [
  ['Asked about the delays, the minister said the law must change so that a consumption room can open.', 'en'],
  ['Preguntada por los retrasos, la consejera dijo que hay que cambiar la ley para que la sala pueda abrir.', 'es'],
  ['Interrogé sur le bilan, le directeur a répondu que la salle avait sauvé au moins quinze vies.', 'fr'],
];

/** A claim contradicted is not made. */
const CONTRADICTED: readonly Said[] = [
  ['De burgemeester weersprak dat het drugsbeleid van de stad mislukt is.', 'nl'],
  ['The home secretary rejected claims that drug policy has failed, pointing to record seizures at the ports.', 'en'],
  ['Der Innenminister widersprach, dass die Drogenpolitik gescheitert sei.', 'de'],
  ["I don't think this town needs an injection site, the councillor said.", 'en'],
  ['The mayor does not think the city needs a consumption room.', 'en'],
  ['Non penso che questa città abbia bisogno di una stanza del consumo, ha detto il consigliere.', 'it'],
  ['Um parecer técnico concluiu que não existem dados suficientes para afirmar que a sala reduziu o consumo na rua.', 'pt'],
  ['Volgens de rekenkamer zijn er onvoldoende gegevens om te stellen dat de gebruiksruimte de overlast heeft verminderd.', 'nl'],
];

/** Health granted only as one side ("not just a health problem, it also brings crime"): no health-not-crime. */
const NOT_ONLY_HEALTH: readonly Said[] = [
  ['Sucht ist nicht nur ein Gesundheitsproblem, sie bringt auch Kriminalität in die Viertel, sagte der Polizeipräsident.', 'de'],
  ["L'addiction n'est pas seulement un problème de santé, elle alimente aussi la délinquance, estime le préfet.", 'fr'],
  ['La adicción no es solo un problema de salud, también trae delincuencia a los barrios, dijo el concejal.', 'es'],
  ['La dipendenza non è solo un problema sanitario, porta anche criminalità nei quartieri, ha detto il questore.', 'it'],
  ['A dependência não é apenas um problema de saúde, também traz crime aos bairros, disse o comandante.', 'pt'],
  ['Drug addiction is not simply a medical issue, it is also a matter for the police and the courts, the MP argued.', 'en'],
];

describe('topics asked about, claims contradicted, and health granted only in part', () => {
  it.each(ONLY_ASKED)('reads no claim in the topic asked about in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).toEqual([]);
  });
  it.each(ANSWERED)('reads the answer’s claim in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang).length).toBeGreaterThan(0);
  });
  it.each(NOT_ONLY_HEALTH)('reads no health-not-crime in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).not.toContain('health-not-crime');
  });
  it.each(CONTRADICTED)('reads no claim contradicted in “%s”', (text, lang) => {
    expect(shippedClaimsIn(text, lang)).toEqual([]);
  });
});
