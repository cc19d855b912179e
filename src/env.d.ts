/** Which browser this build is for; a build-time constant so no code sniffs at run time. */
declare const __BROWSER__: 'chrome' | 'firefox';
/** The extension's version, from package.json. */
declare const __VERSION__: string;
