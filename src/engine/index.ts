/**
 * The engine's public API: pure TypeScript over the standard DOM, no extension API.
 *
 *   const lexicon = compileLexicon(lexiconJson, { languages: ['en', 'de'] });
 *   findMentions(document, lexicon);              // one synchronous full scan
 *   new MentionScanner(document, lexicon)         // the same, in slices, kept up to date
 *   findClaims(prose, compileClaims(claimsJson), storyIsAboutTopic)  // sentences making a claim
 */
export { compileLexicon, type CompiledLexicon, type CompiledTerm, type CompileOptions } from './compile-lexicon';
export { compileClaims, findClaims, type ClaimFinding, type ClaimProse, type CompiledClaims } from './find-claims';
export { findMentions } from './find-mentions';
export { MentionScanner, type EngineMention, type ScannerOptions } from './mention-scanner';
export { TopicSieve, type SieveSource } from './topic-sieve';
export { isOwner, isSkipped, ownerOf } from './text-model';
