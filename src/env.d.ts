/** Which browser this build is for; a build-time constant so no code sniffs at run time. */
declare const __BROWSER__: 'chrome' | 'firefox';
/** The extension's version, from package.json. */
declare const __VERSION__: string;

/** CSS imported as a string (`?inline`), for the card's shadow root. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** The card's slice of the dataset, computed at build time (vite.config.ts, cardDataModule). */
declare module 'virtual:claimlens/card-data' {
  const data: import('./data/card-data').CardData;
  export default data;
}

/** The bundled lexicon, packed at build time (vite.config.ts, lexiconModule). */
declare module 'virtual:claimlens/lexicon' {
  const packed: import('./data/packed-lexicon').PackedLexicon;
  export default packed;
}

/** The claims model, its learned recall aid and the stakeholders' names, for the background's finders (vite.config.ts, debateModule). */
declare module 'virtual:claimlens/debate' {
  const debate: {
    claims: import('./data/claims-schema').Claims;
    claimsModel: import('./data/claims-model-file').ClaimsModelFile;
    names: import('./data/stakeholder-names').StakeholderName[];
  };
  export default debate;
}

/** The topic sieve's anchors and the terms each stands for, derived from the lexicon at build time (vite.config.ts, topicSieveModule). */
declare module 'virtual:claimlens/topic-sieve' {
  const source: import('./engine/sieve-pattern').SievePatterns;
  export default source;
}
