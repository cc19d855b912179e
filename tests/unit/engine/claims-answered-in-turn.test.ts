/**
 * A claim said and answered in the same sentence makes none: contested in a relative clause ("…, ce que
 * contestent les riverains", "…, which neighbours dispute"), a submission rejected ("rejected the
 * submission that…"), judged unproven after it ("Que la salle ait fait baisser… n'est pas démontré"), a doubt asked ("Ma davvero qualcuno crede che…"), a room named only as what a
 * law's change would let open ("…, without which no city can open one"), or a call's modal in a second
 * reported clause ("afirmó que abrir otra sala sería un error y que el objetivo tiene que ser…"). The
 * same shapes that grant the claim keep it.
 */
import { describe, expect, it } from 'vitest';
import type { Said } from './support/claims-in';
import { claimsIn } from './support/claims-in';

/** Sentences of ours that name a claim only to answer it, each with the claim it must not make. */
const ANSWERED: readonly (readonly [...Said, string])[] = [
  ['Supporters say the room has cleared the needles from the station car park, which traders flatly dispute.', 'en', 'reduce-public-harm'],
  ['Les promoteurs affirment que la salle a fait disparaître les seringues du parc, ce que nient les commerçants du quartier.', 'fr', 'reduce-public-harm'],
  ['Los defensores aseguran que la sala ha acabado con las jeringuillas en los portales, lo que niegan los vecinos.', 'es', 'reduce-public-harm'],
  [
    'De beheerder beweert dat de gebruiksruimte de overlast rond het station heeft verminderd, maar de buurtagent merkt daar niets van.',
    'nl',
    'reduce-public-harm',
  ],
  ["The tribunal rejected the operator's contention that the site had reduced overdose deaths in the ward, calling the figures anecdotal.", 'en', 'save-lives'],
  ['Ma davvero qualcuno crede che una stanza aperta tre ore al giorno salvi vite?', 'it', 'save-lives'],
  ['Ministers must amend the 1971 Act, without which no council can open a supervised consumption room.', 'en', 'allow-facility'],
  ['O parlamento tem de alterar a lei, sem o que nenhuma autarquia poderá abrir uma sala de consumo assistido.', 'pt', 'allow-facility'],
  ['Il faut réformer le code de la santé publique, sans quoi aucune ville ne pourra ouvrir de salle de consommation.', 'fr', 'allow-facility'],
  ["Que la salle de la gare ait fait baisser les overdoses mortelles n'est pas démontré, tranche l'inspection.", 'fr', 'save-lives'],
  ['Que la sala de Raval haya reducido las muertes por sobredosis no está demostrado, concluye la auditoría.', 'es', 'save-lives'],
  ['Que a sala do Porto tenha reduzido as mortes por overdose não está comprovado, conclui a auditoria.', 'pt', 'save-lives'],
  ["Che la stanza di Torino abbia ridotto le morti per overdose non è provato, conclude l'ispezione.", 'it', 'save-lives'],
  ['El concejal afirmó que abrir otra sala de consumo sería un error y que la prioridad tiene que ser el tratamiento.', 'es', 'allow-facility'],
];

/** The same shapes granting the claim. */
const GRANTED: readonly (readonly [...Said, string])[] = [
  ['Supporters say the room has cleared the needles from the station car park, which few would dispute.', 'en', 'reduce-public-harm'],
  ['Les promoteurs affirment que la salle a fait disparaître les seringues du parc, ce que confirment les commerçants.', 'fr', 'reduce-public-harm'],
  ["Que la salle de la gare ait fait baisser les overdoses mortelles est établi depuis longtemps, rappelle l'inspection.", 'fr', 'save-lives'],
  ['The mayor said that rooms save lives and that one should open in Leith.', 'en', 'allow-facility'],
  ['Die Ärztin sagte, dass Konsumräume Leben retten und dass auch Köln einen eröffnen muss.', 'de', 'allow-facility'],
];

describe('a claim answered in its own sentence', () => {
  it('makes no claim when contested, rejected, doubted, or named only as what a change would allow', () => {
    for (const [text, lang, claim] of ANSWERED) expect(claimsIn(text, lang), text).not.toContain(claim);
  });
  it('keeps the claim when the same shape grants it', () => {
    for (const [text, lang, claim] of GRANTED) expect(claimsIn(text, lang), text).toContain(claim);
  });
});
