/** One synchronous full scan: what the benchmark times and what tests call on a fixture. */
import type { CompiledLexicon } from './compile-lexicon';
import { MentionScanner, type EngineMention } from './mention-scanner';

/** Every mention of the topic under `root`, in document order. */
export function findMentions(root: Node, lexicon: CompiledLexicon): EngineMention[] {
  return new MentionScanner(root, lexicon).runToEnd();
}
