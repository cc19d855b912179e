import { Component } from 'preact';
import { t } from '../../platform/i18n';
import type { CardEvidence } from './card-model';
import { StanceBadge } from './StanceBadge';

/** Quotes longer than this are cut at a word, with "more" to read the rest. */
const TRUNCATE_AT = 200;

export interface EvidenceEntryProps {
  /** The item to show. */
  item: CardEvidence;
  /** Opens the source article at this item. */
  onOpenSource: (itemId: string) => void;
}

function cut(text: string): string {
  const head = text.slice(0, TRUNCATE_AT);
  const space = head.lastIndexOf(' ');
  return `${(space > TRUNCATE_AT * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, '')}…`;
}

function speakerLine(item: CardEvidence): { names: string; role: string } {
  const names = item.speakers.map((s) => s.name).join(', ');
  const roles = [...new Set(item.speakers.map((s) => s.role))];
  const places = item.speakers.map((s) => s.organisation).filter((o): o is string => o !== null && !roles.includes(o));
  const role = roles.length === 1 && item.speakers.length > 1
    ? t('cardRoleShared', [roles[0]!, places.join(', ')])
    : item.speakers.map((s) => (s.organisation && !s.role.includes(s.organisation) && s.organisation !== s.name ? `${s.role}, ${s.organisation}` : s.role)).join('; ');
  return { names, role: role.replace(/\s*\(\)$/, '') };
}

function kindLabel(item: CardEvidence): string {
  const kind = t(`cardKind_${item.kind.replace('-', '_')}`);
  return item.medium ? `${kind} · ${t(`cardMedium_${item.medium}`)}` : kind;
}

/**
 * A class component, like QuoteCard: the content script carries Preact's core only, not its
 * hooks (2 KB of a 60 KB budget that every frame of every page parses).
 */
export class EvidenceEntry extends Component<EvidenceEntryProps, { expanded: boolean }> {
  override state = { expanded: false };

  override render({ item, onOpenSource }: EvidenceEntryProps, { expanded }: { expanded: boolean }) {
    return entry(item, onOpenSource, expanded, () => this.setState({ expanded: !expanded }));
  }
}

function entry(item: CardEvidence, onOpenSource: (itemId: string) => void, expanded: boolean, toggle: () => void) {
  const long = item.text.length > TRUNCATE_AT + 20;
  const text = long && !expanded ? cut(item.text) : item.text;
  const { names, role } = speakerLine(item);
  const isQuote = item.kind !== 'reported-position';
  const textId = `text-${item.id}`;

  return (
    <li class="entry">
      <span class="avatar" aria-hidden="true">{item.speakers[0]?.label}</span>
      <div class="entry-body">
        <p class="who">
          <span class="name">{names}</span> <StanceBadge stance={item.stance} plural={item.speakers.length > 1} />
          <span class="role">{role}</span>
        </p>
        {isQuote ? (
          <blockquote id={textId} class={item.kind === 'partial-quote' ? 'partial' : undefined}>
            {item.kind === 'partial-quote' && item.before && <span class="context">{item.before}</span>}
            <q>{text}</q>
            {item.kind === 'partial-quote' && item.after && <span class="context">{item.after}</span>}
          </blockquote>
        ) : (
          <p id={textId} class="reported">
            <span class="reported-label">{t('cardReported')}</span> {text}
          </p>
        )}
        {long && (
          <button type="button" class="more" aria-expanded={expanded} aria-controls={textId} onClick={toggle}>
            {expanded ? t('cardLess') : t('cardMore')}
          </button>
        )}
        {item.note && <p class="note">{item.note}</p>}
        <p class="meta">
          <span>{kindLabel(item)}</span>
          {item.attribution && <span>{t('cardAttribution', item.attribution)}</span>}
          <span>{item.outlet ?? t('cardOutletUnknown')}</span>
          <span>{item.date ?? t('cardDateUnknown')}</span>
          <button type="button" class="link" onClick={() => onOpenSource(item.id)}>
            {t('cardSeeInSource')}
          </button>
        </p>
      </div>
    </li>
  );
}
