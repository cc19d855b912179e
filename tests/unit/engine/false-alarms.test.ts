/**
 * The false alarms seen on real, mixed pages — each with a drug word nearby, as medical and
 * news text usually has — and the mentions beside them that must still be found.
 */
import { describe, expect, it } from 'vitest';
import { mentionsIn } from './support/dom';

const en = (html: string): string[] => mentionsIn(`<article lang="en">${html}</article>`);

describe('false alarms on mixed pages', () => {
  it('does not take acronyms that mean something else for the topic', () => {
    expect(en('<p>After DCR surgery for a blocked tear duct, patients use antibiotic drops and may take drugs for pain.</p>')).toEqual([]);
    expect(en('<p>SCS (spinal cord stimulation) cut opioid use in patients with chronic back pain.</p>')).toEqual([]);
    expect(en('<p>Dissolution of the drug was tested in SIF at 37 °C for two hours.</p>')).toEqual([]);
    expect(en('<p>MSIR tablets are an immediate-release opioid; the usual dose is 10 mg every four hours.</p>')).toEqual([]);
    expect(en('<p>OPC, a grape-seed extract sold as a supplement, may interact with blood-thinning drugs.</p>')).toEqual([]);
    expect(en('<p>The DCF opened a child protection case after the mother was arrested for drug possession.</p>')).toEqual([]);
    expect(en('<p>The SIS database flagged the driver, who was wanted for heroin trafficking.</p>')).toEqual([]);
    // A French short form in English text: "HSA", a health savings account.
    expect(en('<p>You can pay for prescription drugs from your HSA before the deductible is met.</p>')).toEqual([]);
  });

  it('does not take a short form the story spells out as something else', () => {
    expect(en('<p>The Ottawa Police Service (OPS) seized fentanyl; OPS officers also gave naloxone to a man who had overdosed.</p>')).toEqual([]);
  });

  it('does not mark the injection site of a jab', () => {
    expect(en('<p>Injection site reactions such as redness are common after the second dose.</p>')).toEqual([]);
    expect(en('<p>Rotate the injection site each time you inject insulin, so the skin does not harden.</p>')).toEqual([]);
  });

  it('marks named facilities only as spelled and only with strong evidence', () => {
    expect(en('<p>Partick Thistle suspended a defender who failed a drug test after the match.</p>')).toEqual([]);
    expect(en('<p>Cocktails at the Thistle, the hotel bar, come with a late menu; the pharmacy across the road sells hangover drugs.</p>')).toEqual([]);
    expect(en('<p>Insite 7 counts controlled drugs at every shift change in the hospital pharmacy software.</p>')).toEqual([]);
    expect(en('<p>Staff at insite, the supervised injection facility, reversed two overdoses.</p>')).toEqual(['supervised injection facility']);
    expect(en('<p>Nurses at Insite reversed two overdoses last night.</p>')).toEqual(['Insite']);
    expect(en('<p>People who inject drugs can use the Thistle in Glasgow under supervision.</p>')).toEqual(['the Thistle']);
  });

  it('does not take everyday words of other languages for the topic', () => {
    expect(
      mentionsIn(
        '<article lang="de"><p>Beim Druckhub wird das Medium aus dem Druckraum der Pumpe über das Auslassventil gepresst; Medikamente dosiert sie genau.</p></article>',
      ),
    ).toEqual([]);
    expect(
      mentionsIn(
        '<article lang="nl"><p>De gebruiksruimte voor stikstof en fosfaat uit dierlijke mest daalt; het antibioticagebruik in de stal ook.</p></article>',
      ),
    ).toEqual([]);
    expect(
      mentionsIn(
        '<article lang="es"><p>La sala de venopunción del hospital abre a las ocho: acuda en ayunas y con su tarjeta para el análisis de sangre.</p></article>',
      ),
    ).toEqual([]);
  });

  it('marks nothing on a drug label or a pharmacology abstract', () => {
    expect(
      en(
        '<h2>Package leaflet</h2><p>Take one tablet daily. Do not exceed the stated dose: an overdose of this drug can damage the liver. ' +
          'Injection site reactions have been reported with the injectable form. Keep out of the reach of children.</p>',
      ),
    ).toEqual([]);
    expect(
      en(
        '<h2>Abstract</h2><p>We compared MSIR with an extended-release opioid in 120 patients. The DCR of the assay and the SIF ' +
          'dissolution profile were within limits; drug exposure was similar, and no overdose occurred.</p>',
      ),
    ).toEqual([]);
  });

  it('judges each story by itself: a story about the topic vouches for no other', () => {
    const page =
      '<main><article><h2>City opens a drug consumption room</h2><p>The DCR will have eight booths.</p></article>' +
      '<article><h2>Eye unit</h2><p>The wait for DCR surgery fell to ten weeks; patients get antibiotic drugs.</p></article>' +
      '<article><h2>Vaccines</h2><p>Pain at the injection site is the most common side effect.</p></article></main>';
    expect(mentionsIn(`<div lang="en">${page}</div>`)).toEqual(['drug consumption room', 'DCR']);
  });
});
