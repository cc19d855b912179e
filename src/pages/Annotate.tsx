/**
 * Annotating a saved article: the extractors' suggestions (every quotation with its speaker,
 * every position the article reports) for the reader to accept, correct or reject, and any
 * span the reader selects in the text as a reported position. Each item is checked verbatim
 * by the builder's rules before it is saved; what they refuse is shown, and nothing is lost.
 */
import { useState } from 'preact/hooks';
import type { TextSelector } from '../data/annotations-schema';
import { paragraphsOf } from '../data/article-text';
import {
  CLAIM_POSITIONS,
  EVIDENCE_KINDS,
  MEDIA,
  STAKEHOLDER_KINDS,
  STANCES,
  type ClaimPosition,
  type EvidenceKind,
  type Medium,
  type Stance,
} from '../data/dataset-schema';
import type { ReaderArticle } from '../data/evidence-file';
import { locateText } from '../data/locate-text';
import { t } from '../platform/i18n';
import { ProblemList } from './ProblemList';
import { stanceKey } from '../ui/card/StanceBadge';
import { selectorAt, suggestionsFor, type ItemDraft, type Suggestion } from './annotate-model';

export interface ClaimChoice {
  id: string;
  statement: string;
}

export interface AnnotateProps {
  article: ReaderArticle;
  claims: readonly ClaimChoice[];
  /** Saves the item; resolves to the problems that stopped it (none when saved). */
  onAdd: (draft: ItemDraft) => Promise<string[]>;
}

/** What the item form starts from: a suggestion, or the reader's selection. */
interface Start {
  kind: EvidenceKind;
  selector: TextSelector;
  speaker: string | null;
  stance: Stance | null;
}

export function Annotate({ article, claims, onAdd }: AnnotateProps) {
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Start | null>(null);
  const [selectionHint, setSelectionHint] = useState(false);
  const suggestions = suggestionsFor(article).filter((s) => !rejected.has(s.key));
  const fromSuggestion = (s: Suggestion): Start => ({ kind: s.kind, selector: selectorAt(article.text, s.start, s.end), speaker: s.speaker, stance: s.stance });
  const fromSelection = () => {
    const span = selectedSpan(article.text);
    if (!span) return setSelectionHint(true);
    setSelectionHint(false);
    setEditing({ kind: 'reported-position', selector: selectorAt(article.text, span.start, span.end), speaker: null, stance: null });
  };
  return (
    <section aria-labelledby="annotate-heading" class="annotate">
      <h2 id="annotate-heading">{t('annotateHeading')}</h2>
      <p class="note">{t('annotateIntro')}</p>
      <div class="article" data-testid="annotate-text">
        {paragraphsOf(article.text).map((p) => (
          <p key={p.start} data-start={p.start}>
            {article.text.slice(p.start, p.end)}
          </p>
        ))}
      </div>
      <p class="actions">
        <button type="button" class="secondary" onClick={fromSelection}>
          {t('annotateAddSelection')}
        </button>
      </p>
      {selectionHint && (
        <p role="alert" class="error">
          {t('annotateSelectFirst')}
        </p>
      )}
      {editing && (
        <ItemForm
          key={JSON.stringify(editing)}
          article={article}
          start={editing}
          claims={claims}
          onCancel={() => setEditing(null)}
          onAdd={async (draft) => {
            const problems = await onAdd(draft);
            if (!problems.length) setEditing(null);
            return problems;
          }}
        />
      )}
      <h3>{t('annotateSuggestions')}</h3>
      {suggestions.length === 0 && <p class="note">{t('annotateNoSuggestions')}</p>}
      <ol class="suggestions">
        {suggestions.map((s) => (
          <li key={s.key} data-suggestion={s.key}>
            <p class="quote">{s.kind === 'reported-position' ? s.text : `“${s.text}”`}</p>
            <p class="note">
              {t(`cardKind_${s.kind.replace('-', '_')}`)} · {s.speaker ? t('annotateSpeaker', s.speaker) : t('annotateNoSpeaker')}
            </p>
            <button type="button" class="primary" onClick={() => setEditing(fromSuggestion(s))}>
              {t('annotateAccept')}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setRejected(new Set([...rejected, s.key]))}>
              {t('annotateReject')}
            </button>
          </li>
        ))}
      </ol>
      <h3>{t('annotateItems')}</h3>
      {article.annotations.evidence.length === 0 && <p class="note">{t('annotateNoItems')}</p>}
      <ul class="items" data-testid="annotated-items">
        {article.annotations.evidence.map((item) => (
          <li key={item.id}>
            <strong>{item.stakeholderIds.map((id) => article.annotations.stakeholders.find((s) => s.id === id)?.name ?? id).join(', ')}</strong> ·{' '}
            {t(`cardStance_${stanceKey(item.stance)}`)} · <span class="quote">{item.kind === 'reported-position' ? item.text : `“${item.text}”`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The reader's selection inside the article's text, as offsets into it; null when there is none there. */
function selectedSpan(text: string): { start: number; end: number } | null {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number): number | null => {
    const p = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest('[data-testid="annotate-text"] p[data-start]');
    if (!p) return null;
    return Number(p.getAttribute('data-start')) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  // A selection by double-click or drag often takes a space at either end.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

const NEW = '';

function ItemForm({
  article,
  start,
  claims,
  onAdd,
  onCancel,
}: {
  article: ReaderArticle;
  start: Start;
  claims: readonly ClaimChoice[];
  onAdd: (draft: ItemDraft) => Promise<string[]>;
  onCancel: () => void;
}) {
  const known = article.annotations.stakeholders;
  const match = start.speaker ? known.find((s) => start.speaker!.includes(s.name)) : undefined;
  const [kind, setKind] = useState<EvidenceKind>(start.kind);
  const [text, setText] = useState(start.selector.text);
  const [prefix, setPrefix] = useState(start.selector.prefix ?? '');
  const [suffix, setSuffix] = useState(start.selector.suffix ?? '');
  const [who, setWho] = useState(match?.id ?? NEW);
  const [name, setName] = useState(match ? '' : (start.speaker ?? ''));
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [personKind, setPersonKind] = useState<(typeof STAKEHOLDER_KINDS)[number]>('person');
  const [stance, setStance] = useState<Stance | ''>(start.stance ?? '');
  const [basis, setBasis] = useState('');
  const [links, setLinks] = useState<Record<string, ClaimPosition | ''>>({});
  const [medium, setMedium] = useState<Medium | ''>('');
  const [mediumBasis, setMediumBasis] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const selector: TextSelector = { text, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
  const located = text ? locateText(article.text, selector) : { error: t('annotateNoWords') };
  const submit = async (event: Event) => {
    event.preventDefault();
    const missing = [
      'error' in located ? t('annotateWordsProblem', located.error) : null,
      who === NEW && !name.trim() ? t('annotateNeedName') : null,
      who === NEW && !role.trim() ? t('annotateNeedRole') : null,
      stance ? null : t('annotateNeedStance'),
      medium && !mediumBasis.trim() ? t('annotateNeedMediumBasis') : null,
    ].filter((p): p is string => p !== null);
    if (missing.length) return setProblems(missing);
    setBusy(true);
    const found = await onAdd({
      kind,
      selector,
      stakeholder: who === NEW ? { name: name.trim(), role: role.trim(), organisation: organisation.trim() || null, kind: personKind } : { id: who },
      stance: stance as Stance,
      stanceBasis: basis.trim() ? { text: basis.trim() } : null,
      claims: Object.entries(links).flatMap(([claim, position]) => (position ? [{ claim, position }] : [])),
      medium: medium ? { medium, basis: { text: mediumBasis.trim() } } : null,
    });
    setBusy(false);
    setProblems(found);
  };

  return (
    <form class="item-form" aria-labelledby="item-form-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="item-form-heading">{t('annotateItemHeading')}</h3>
      <label>
        {t('annotateWords')}
        <textarea name="words" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {'error' in located ? (
        <p class="error" data-testid="locate-problem">
          {t('annotateWordsProblem', located.error)}
        </p>
      ) : (
        <p class="note">{t('annotateWordsFound')}</p>
      )}
      <div class="row">
        <label>
          {t('annotatePrefix')}
          <input name="prefix" value={prefix} onInput={(e) => setPrefix(e.currentTarget.value)} />
        </label>
        <label>
          {t('annotateSuffix')}
          <input name="suffix" value={suffix} onInput={(e) => setSuffix(e.currentTarget.value)} />
        </label>
      </div>
      <label>
        {t('annotateKind')}
        <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as EvidenceKind)}>
          {EVIDENCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`cardKind_${k.replace('-', '_')}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('annotateStakeholder')}
        <select name="stakeholder" value={who} onChange={(e) => setWho(e.currentTarget.value)}>
          <option value={NEW}>{t('annotateNewStakeholder')}</option>
          {known.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {who === NEW && (
        <fieldset>
          <legend>{t('annotateNewStakeholder')}</legend>
          <label>
            {t('annotateName')}
            <input name="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            {t('annotateRole')}
            <input name="role" value={role} onInput={(e) => setRole(e.currentTarget.value)} />
          </label>
          <label>
            {t('annotateOrganisation')}
            <input name="organisation" value={organisation} onInput={(e) => setOrganisation(e.currentTarget.value)} />
          </label>
          <label>
            {t('annotatePersonKind')}
            <select name="person-kind" value={personKind} onChange={(e) => setPersonKind(e.currentTarget.value as (typeof STAKEHOLDER_KINDS)[number])}>
              {STAKEHOLDER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`annotatePersonKind_${k}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
      <label>
        {t('annotateStance')}
        <select name="stance" value={stance} onChange={(e) => setStance(e.currentTarget.value as Stance | '')}>
          <option value="">{t('annotateChoose')}</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {t(`cardStance_${stanceKey(s)}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('annotateStanceBasis')}
        <input name="stance-basis" value={basis} onInput={(e) => setBasis(e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>{t('annotateClaims')}</legend>
        {claims.map((claim) => (
          <label key={claim.id}>
            <select
              name={`claim-${claim.id}`}
              value={links[claim.id] ?? ''}
              onChange={(e) => setLinks({ ...links, [claim.id]: e.currentTarget.value as ClaimPosition | '' })}
            >
              <option value="">{t('annotateClaimNone')}</option>
              {CLAIM_POSITIONS.map((p) => (
                <option key={p} value={p}>
                  {t(`cardStance_${stanceKey(p)}`)}
                </option>
              ))}
            </select>{' '}
            {claim.statement}
          </label>
        ))}
      </fieldset>
      <label>
        {t('annotateMedium')}
        <select name="medium" value={medium} onChange={(e) => setMedium(e.currentTarget.value as Medium | '')}>
          <option value="">{t('annotateMediumNone')}</option>
          {MEDIA.map((m) => (
            <option key={m} value={m}>
              {t(`cardMedium_${m}`)}
            </option>
          ))}
        </select>
      </label>
      {medium && (
        <label>
          {t('annotateMediumBasis')}
          <input name="medium-basis" value={mediumBasis} onInput={(e) => setMediumBasis(e.currentTarget.value)} />
        </label>
      )}
      {problems.length > 0 && <ProblemList lead={t('annotateNotAdded')} problems={problems} />}
      <p class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('annotateAdd')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('annotateCancel')}
        </button>
      </p>
    </form>
  );
}
