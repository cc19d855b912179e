/**
 * The sources page: each bundled article verbatim, every evidence item marked in it, and the
 * item named in the address (`sources.html#<item-id>`) picked out and scrolled to. This is
 * where a reader checks a quote against its source.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { paragraphsOf } from '../data/article-text';
import { cardData, voicesOf } from '../data/card-data';
import type { Dataset, EvidenceItem } from '../data/dataset-schema';
import { statementIn } from '../data/claim-text';
import { formatDate, t, uiLanguage } from '../platform/i18n';
import { FramingLine, StanceBasisLine, kindLabel } from '../ui/card/EvidenceEntry';
import { StanceBadge } from '../ui/card/StanceBadge';
import { CiteButtons } from '../ui/CiteButtons';
import { ProblemList } from './ProblemList';
import { segmentsOf } from './source-segments';

export interface SourcesProps {
  /** The bundled dataset. */
  data: Dataset;
  /** The evidence item the address names, if any. */
  currentId: string | null;
  /** Ids of the sources that are the reader's own articles. */
  mine?: ReadonlySet<string>;
  /** Saved articles left out, and why. */
  problems?: readonly string[];
}

function speakers(data: Dataset, item: EvidenceItem): string {
  return item.stakeholderIds.map((id) => data.stakeholders.find((s) => s.id === id)?.name ?? id).join(', ');
}

/** The claims an item supports or opposes, each with the article's words when they are not its own. */
function ClaimLinks({ data, item }: { data: Dataset; item: EvidenceItem }) {
  if (!item.claims.length) return null;
  const language = uiLanguage();
  return (
    <div class="claims">
      <p class="muted">{t('sourcesClaims')}</p>
      <ul>
        {item.claims.map((link) => {
          const claim = data.claims.claims.find((c) => c.id === link.claimId);
          return (
            <li key={link.claimId} data-claim={link.claimId}>
              <StanceBadge stance={link.position} plural={false} inferred={link.inferred} /> {claim ? statementIn(claim, language) : link.claimId}
              {link.inferred && <span class="muted basis"> {t('sourcesClaimBasis', link.basis.map((p) => `‘…${p.text}…’`).join(' '))}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function Sources({ data, currentId, mine = new Set(), problems = [] }: SourcesProps) {
  const current = useRef<HTMLElement>(null);
  // The card's view of each item: the same words, speakers and citations as the cards show.
  const cards = new Map(cardData(data).evidence.map((item) => [item.id, item]));
  const byId = new Map(data.stakeholders.map((s) => [s.id, s]));
  const sourcesPageUrl = location.href.replace(/#.*$/, '');
  // With the render, not after it: the page now renders once the reader's evidence is read,
  // and the item must not be shown marked but unfocused in between.
  useLayoutEffect(() => {
    current.current?.scrollIntoView({ block: 'center' });
    current.current?.focus({ preventScroll: true });
  }, [currentId]);

  return (
    <main>
      <h1>{t('sourcesTitle')}</h1>
      <p class="muted">{t('sourcesIntro')}</p>
      {problems.length > 0 && <ProblemList lead={t('sourcesLeftOut')} problems={problems} />}
      {data.sources.map((source) => {
        const items = data.evidence.filter((e) => e.sourceId === source.id);
        return (
          <section key={source.id} aria-labelledby={`source-${source.id}`}>
            <h2 id={`source-${source.id}`}>{mine.has(source.id) ? t('sourcesYourArticle', source.title ?? source.fileName) : source.fileName}</h2>
            <dl class="facts">
              {source.title && (
                <>
                  <dt>{t('addArticleTitleLabel')}</dt>
                  <dd>{source.title}</dd>
                </>
              )}
              <dt>{t('sourcesOutlet')}</dt>
              <dd>
                {source.outlet ?? t('cardOutletUnknown')}
                {source.outletNote && <span class="muted"> — {source.outletNote}</span>}
              </dd>
              <dt>{t('sourcesDate')}</dt>
              <dd>{source.date ? formatDate(source.date) : t('cardUndated')}</dd>
              <dt>{t('sourcesAddress')}</dt>
              <dd>{source.url ?? t('sourcesAddressUnknown')}</dd>
              <dt>{t('sourcesChecksum')}</dt>
              <dd>
                <code>{source.sha256}</code>
              </dd>
            </dl>
            <article class="article" lang={mine.has(source.id) ? undefined : 'en'}>
              {paragraphsOf(source.text).map(({ start, end }) => (
                <p key={start}>
                  {segmentsOf(start, end, items).map((segment) => {
                    const text = source.text.slice(segment.start, segment.end);
                    if (segment.ids.length === 0) return text;
                    const isCurrent = currentId !== null && segment.ids.includes(currentId);
                    const startsCurrent = isCurrent && items.find((i) => i.id === currentId)?.start === segment.start;
                    return (
                      <mark
                        key={segment.start}
                        class={isCurrent ? 'current' : undefined}
                        data-items={segment.ids.join(' ')}
                        ref={startsCurrent ? current : undefined}
                        tabIndex={startsCurrent ? -1 : undefined}
                      >
                        {text}
                      </mark>
                    );
                  })}
                </p>
              ))}
            </article>
            <h3>{t('sourcesEvidence')}</h3>
            <ol class="evidence">
              {items.map((item) => {
                const card = cards.get(item.id)!;
                return (
                  <li key={item.id} id={item.id} class={item.id === currentId ? 'current' : undefined}>
                    <p>
                      <strong>{speakers(data, item)}</strong>{' '}
                      <StanceBadge stance={item.stance} plural={voicesOf(item, byId).length > 1} inferred={item.stanceInferred} />{' '}
                      <span class="muted">{kindLabel(item)}</span>
                    </p>
                    {card.speakers.map((speaker) => (
                      <FramingLine key={speaker.name} speaker={speaker} />
                    ))}
                    <p class="quote">{item.kind === 'reported-position' ? item.text : `“${item.text}”`}</p>
                    <StanceBasisLine item={card} />
                    <ClaimLinks data={data} item={item} />
                    {item.mediumBasis && <p class="muted">{t('sourcesMediumBasis', [t(`cardMedium_${item.medium!}`), item.mediumBasis.text])}</p>}
                    {item.note && <p class="muted">{item.note}</p>}
                    <p>
                      <a href={`#${item.id}`}>{t('sourcesShowInArticle')}</a>{' '}
                      <span class="muted">{t('sourcesOffsets', [String(item.start), String(item.end)])}</span>
                    </p>
                    <CiteButtons item={card} sourcesPageUrl={sourcesPageUrl} />
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </main>
  );
}
