import { Component, Fragment } from 'preact';
import { ELISION } from '../../data/card-data';
import { formatDate, t } from '../../platform/i18n';
import { canCopy } from '../citation';
import { CiteButtons } from '../CiteButtons';
import type { CardEvidence, CardSpeaker } from './card-model';
import { StanceBadge } from './StanceBadge';

/** Quotes longer than this are cut at a word, with "more" to read the rest. */
const TRUNCATE_AT = 200;

export interface EvidenceEntryProps {
  /** The item to show. */
  item: CardEvidence;
  /** The extension's sources page, which citations link to. */
  sourcesPageUrl: string;
  /** Opens the source article at this item. */
  onOpenSource: (itemId: string) => void;
}

interface EntryState {
  /** The whole of a long quote is shown. */
  expanded: boolean;
  /** The copy-as-citation buttons are shown. */
  citing: boolean;
}

function cut(text: string): string {
  const head = text.slice(0, TRUNCATE_AT);
  const space = head.lastIndexOf(' ');
  return `${(space > TRUNCATE_AT * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, '')}…`;
}

/** Roles as the article reported them, shared ones once: "Police and Crime Commissioner (North Wales, Durham, West Midlands)". */
export function speakerLine(named: readonly CardSpeaker[]): { names: string; role: string } {
  const names = named.map((s) => s.name).join(', ');
  // A body the article gives no role beyond its own name ("Home Office") shows none.
  const speakers = named.map((s) => (s.role === s.name ? { ...s, role: '' } : s));
  const roles = [...new Set(speakers.map((s) => s.role))];
  const places = speakers.map((s) => s.organisation).filter((o): o is string => o !== null && !roles.includes(o));
  const role =
    roles.length === 1 && speakers.length > 1
      ? t('cardRoleShared', [roles[0]!, places.join(', ')])
      : speakers
          .map((s) => (s.organisation && !s.role.includes(s.organisation) && s.organisation !== s.name ? `${s.role}, ${s.organisation}` : s.role))
          .join('; ');
  return { names, role: role.replace(/\s*\(\)$/, '') };
}

export function kindLabel(item: Pick<CardEvidence, 'kind' | 'medium'>): string {
  const kind = t(`cardKind_${item.kind.replace('-', '_')}`);
  return item.medium ? `${kind} · ${t(`cardMedium_${item.medium}`)}` : kind;
}

/** The words with each "[…]" explained to screen readers, and its full text on the sources page. */
export function WithElisions({ text }: { text: string }) {
  const parts = text.split(ELISION);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && (
            <span class="elision">
              {ELISION}
              <span class="visually-hidden">{t('cardElided')}</span>
            </span>
          )}
        </Fragment>
      ))}
    </>
  );
}

/** "Identity inferred from the article: …", for a speaker who is the article's description of others. */
export function FramingLine({ speaker }: { speaker: CardSpeaker }) {
  if (!speaker.framing) return null;
  return (
    <p class="framing">
      {t('cardFraming', speaker.framing.voices.join(', '))} <span class="basis-quotes">{speaker.framing.basis.map((words) => `‘${words}’`).join(' · ')}</span>
    </p>
  );
}

/** "Stance from the article: ‘…’", when the stance rests on words other than the item's own. */
export function StanceBasisLine({ item }: { item: Pick<CardEvidence, 'stanceInferred' | 'stanceBasis'> }) {
  if (!item.stanceInferred) return null;
  return <p class="basis">{t('cardStanceBasis', item.stanceBasis.map((words) => `‘…${words}…’`).join(' '))}</p>;
}

/**
 * A class component, like QuoteCard: the content script carries Preact's core only, not its
 * hooks (2 KB of a 60 KB budget that every frame of every page parses).
 */
export class EvidenceEntry extends Component<EvidenceEntryProps, EntryState> {
  override state = { expanded: false, citing: false };

  override render({ item, sourcesPageUrl, onOpenSource }: EvidenceEntryProps, { expanded, citing }: EntryState) {
    const toggle = (key: keyof EntryState) => () => this.setState({ [key]: !this.state[key] });
    return entry(item, sourcesPageUrl, onOpenSource, { expanded, citing }, toggle('expanded'), toggle('citing'));
  }
}

function entry(
  item: CardEvidence,
  sourcesPageUrl: string,
  onOpenSource: (itemId: string) => void,
  { expanded, citing }: EntryState,
  toggle: () => void,
  toggleCite: () => void,
) {
  const long = item.shownText.length > TRUNCATE_AT + 20;
  const text = long && !expanded ? cut(item.shownText) : item.shownText;
  const { names, role } = speakerLine(item.speakers);
  const isQuote = item.kind !== 'reported-position';
  const textId = `text-${item.id}`;
  const citeId = `cite-${item.id}`;
  // navigator.clipboard exists only in secure contexts: elsewhere the sources page copies.
  const copyHere = canCopy();

  return (
    <li class="entry">
      <span class="avatar" aria-hidden="true">
        {item.speakers[0]?.label}
      </span>
      <div class="entry-body">
        <p class="who">
          <span class="name">{names}</span> <StanceBadge stance={item.stance} plural={item.voices.length > 1} inferred={item.stanceInferred} />
          {role && <span class="role">{t('cardRoleAsReported', role)}</span>}
        </p>
        {item.speakers.map((speaker) => (
          <FramingLine key={speaker.name} speaker={speaker} />
        ))}
        {isQuote ? (
          <blockquote id={textId} class={item.kind === 'partial-quote' ? 'partial' : undefined}>
            {item.kind === 'partial-quote' && item.before && <span class="context">{item.before}</span>}
            <q>{text}</q>
            {item.kind === 'partial-quote' && item.after && <span class="context">{item.after}</span>}
          </blockquote>
        ) : (
          <p id={textId} class="reported">
            <span class="reported-label">{t('cardReported')}</span> <WithElisions text={text} />
          </p>
        )}
        {long && (
          <button type="button" class="more" aria-expanded={expanded} aria-controls={textId} onClick={toggle}>
            {expanded ? t('cardLess') : t('cardMore')}
          </button>
        )}
        <StanceBasisLine item={item} />
        {item.note && <p class="note">{item.note}</p>}
        <p class="meta">
          <span>{kindLabel(item)}</span>
          {item.mine && <span class="mine">{t('cardFromYourEvidence', item.sourceTitle ?? item.outlet ?? t('cardOutletUnknown'))}</span>}
          {item.attribution && <span>{t('cardAttribution', item.attribution)}</span>}
          <span>{item.outlet ? (item.outletInferred ? t('cardOutletInferred', item.outlet) : item.outlet) : t('cardOutletUnknown')}</span>
          <span>{item.date ? formatDate(item.date) : t('cardUndated')}</span>
          <button type="button" class="link" onClick={() => onOpenSource(item.id)}>
            {t('cardSeeInSource')}
          </button>
          {copyHere ? (
            <button type="button" class="link" aria-expanded={citing} aria-controls={citeId} onClick={toggleCite}>
              {t('cardCite')}
            </button>
          ) : (
            <button type="button" class="link" onClick={() => onOpenSource(item.id)}>
              {t('cardCiteOnSources')}
            </button>
          )}
        </p>
        {copyHere && citing && (
          <div id={citeId}>
            <CiteButtons item={item} sourcesPageUrl={sourcesPageUrl} />
          </div>
        )}
      </div>
    </li>
  );
}
