/**
 * `PageFindings`: everything this frame found, in page order, in one place — the topic's
 * mentions, the sentences that make a claim, and the stakeholders named. Each finding has a
 * stable id, its kind, its text and its range. The quote card hit-tests them, keyboard
 * navigation steps through them, and a page-wide view (the side panel) can list them,
 * subscribe to changes and reveal one by id (the `reveal-finding` content request).
 *
 * The debate-marks feature writes it whenever the mentions or what it found change; mentions
 * alone are still in `MentionStore`, which the badge and the popup count.
 */
import { Listeners } from './listeners';
import type { PageMention } from './mention-store';

export type FindingKind = 'mention' | 'claim' | 'stakeholder';

interface Found {
  /** Stable while the finding lives in this frame: "m12", "c3", "s5". */
  readonly id: string;
  /** As it reads on the page: the name, the sentence, the stakeholder's name. */
  readonly text: string;
  readonly range: StaticRange;
}

export interface MentionFinding extends Found {
  readonly kind: 'mention';
  readonly mention: PageMention;
}

/** A claim sentence or a name: found by the background in a block's prose, whose text it keeps. */
interface FoundInProse extends Found {
  /** The block's text around it (at most 1,000 characters), for a page-wide list and the page's balance. */
  readonly context: string;
}

export interface ClaimFinding extends FoundInProse {
  readonly kind: 'claim';
  /** The claims (ids in the dataset's claims model) the sentence makes, strongest first. */
  readonly claimIds: readonly string[];
  /** The cues that made it, as the data writes them, for "Marked because". */
  readonly cues: readonly string[];
  /** Set when the learned recall aid inferred its claims: the sentence's words it inferred them from, for "Marked because". */
  readonly inferredFrom?: readonly string[];
}

export interface StakeholderFinding extends FoundInProse {
  readonly kind: 'stakeholder';
  /** The stakeholder's id in the dataset. */
  readonly stakeholderId: string;
}

export type PageFinding = MentionFinding | ClaimFinding | StakeholderFinding;

type Listener = (findings: readonly PageFinding[]) => void;

const asFindings = new WeakMap<PageMention, MentionFinding>();

/** A mention as a finding: one object per mention, so the card can tell it is the same one. */
export function mentionFinding(mention: PageMention): MentionFinding {
  let finding = asFindings.get(mention);
  if (!finding) asFindings.set(mention, (finding = { kind: 'mention', id: `m${mention.id}`, text: mention.text, range: mention.range, mention }));
  return finding;
}

export class PageFindings {
  #findings: readonly PageFinding[] = [];
  /** Built on the first lookup after a change: a long scan changes the list often, and lookups are few. */
  #byId: Map<string, PageFinding> | null = null;
  readonly #listeners = new Listeners<readonly PageFinding[]>('a findings listener failed');
  #reading = false;

  /**
   * Is a reading of the mentions' stories under way, whose claims and names may follow in a
   * moment? The frame's report waits for them, so one message says what two would have.
   */
  get reading(): boolean {
    return this.#reading;
  }

  /** The debate feature starts (true) or ends (false) a reading. */
  setReading(on: boolean): void {
    this.#reading = on;
  }

  /** Every finding in page order (by where it starts; a mention before a claim sentence it starts). */
  get all(): readonly PageFinding[] {
    return this.#findings;
  }

  byId(id: string): PageFinding | null {
    this.#byId ??= new Map(this.#findings.map((f) => [f.id, f]));
    return this.#byId.get(id) ?? null;
  }

  /** The findings of one kind, in page order. */
  ofKind<K extends FindingKind>(kind: K): Extract<PageFinding, { kind: K }>[] {
    return this.#findings.filter((f): f is Extract<PageFinding, { kind: K }> => f.kind === kind);
  }

  /** Replaces the list (in page order) and tells listeners; one that throws does not stop the others. */
  replace(findings: readonly PageFinding[]): void {
    this.#findings = findings;
    this.#byId = null;
    this.#listeners.tell(findings, () => this.#findings === findings);
  }

  /** Calls `listener` on every change until `signal` aborts. */
  subscribe(listener: Listener, signal: AbortSignal): void {
    this.#listeners.subscribe(listener, signal);
  }
}

/** Page order of two ranges by their starts; a longer one first when they start together. */
export function compareRanges(a: StaticRange, b: StaticRange): number {
  if (a.startContainer !== b.startContainer) {
    const position = a.startContainer.compareDocumentPosition(b.startContainer);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  return a.startOffset - b.startOffset || b.endOffset - a.endOffset;
}

/**
 * `sorted` and `others`, both in page order, as one list in page order; at equal places `sorted`
 * comes first. Each of the (few) others is placed by binary search, so a page of 50,000 mentions
 * and a few claims costs a few dozen position queries a claim, not a sort's hundreds of
 * thousands: Chromium orders two siblings by walking their parent's children.
 */
export function mergeInPageOrder<A extends { range: StaticRange }, B extends { range: StaticRange }>(sorted: readonly A[], others: readonly B[]): (A | B)[] {
  const merged: (A | B)[] = [];
  let from = 0;
  for (const other of others) {
    let low = from;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareRanges(sorted[middle]!.range, other.range) <= 0) low = middle + 1;
      else high = middle;
    }
    for (; from < low; from++) merged.push(sorted[from]!);
    merged.push(other);
  }
  for (; from < sorted.length; from++) merged.push(sorted[from]!);
  return merged;
}
