/**
 * The reader's own evidence: each saved article with its facts as the page stated them, to
 * annotate, switch off (kept, not shown) or delete; stakeholders met in two articles, offered
 * for a merge the reader confirms (never merged silently); export to one file, import one
 * (all or nothing, every problem named), and clearing everything (the bundled dataset stays).
 */
import { useState } from 'preact/hooks';
import type { ReaderArticle } from '../data/evidence-file';
import type { Stakeholder } from '../data/dataset-schema';
import { t, tCount } from '../platform/i18n';
import { ProblemList } from './ProblemList';

export interface MyEvidenceProps {
  articles: readonly ReaderArticle[];
  switchedOff: ReadonlySet<string>;
  /** Pairs the reader may confirm are one voice: [the reader's stakeholder, the other]. */
  offers: readonly (readonly [Stakeholder, Stakeholder])[];
  /** Merges the reader confirmed, with the names to show. */
  merged: readonly { from: Stakeholder; into: Stakeholder }[];
  /** Where each stakeholder was met: an article's title, or the bundled dataset. */
  whereMet: (stakeholder: Stakeholder) => string;
  /** The outcome of the last action: a status, or the problems that stopped it. */
  outcome: { status: string } | { problems: readonly string[] } | null;
  exportUrl: string | null;
  onSwitch: (id: string, on: boolean) => void;
  onDelete: (id: string) => void;
  onMerge: (from: string, into: string | null) => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onClear: () => void;
}

export function MyEvidence(props: MyEvidenceProps) {
  const { articles, switchedOff, offers, merged, whereMet, outcome, exportUrl } = props;
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <main>
      <h1>{t('myEvidenceTitle')}</h1>
      <p class="note">{t('myEvidenceIntro')}</p>
      {outcome && 'status' in outcome && (
        <p role="status" class="saved">
          {outcome.status}
        </p>
      )}
      {outcome && 'problems' in outcome && <ProblemList lead={t('myEvidenceFailed')} problems={outcome.problems} />}
      {articles.length === 0 && <p class="note">{t('myEvidenceNone')}</p>}
      <ul class="my-articles">
        {articles.map((article) => {
          const { source } = article.annotations;
          const title = source.title ?? article.id;
          return (
            <li key={article.id} data-article={article.id}>
              <h2>{title}</h2>
              <p class="note">
                {[
                  source.outlet ?? t('cardOutletUnknown'),
                  source.date ?? t('cardUndated'),
                  tCount('myEvidenceItems', article.annotations.evidence.length),
                ].join(' · ')}
              </p>
              <label>
                <input type="checkbox" checked={!switchedOff.has(article.id)} onChange={(e) => props.onSwitch(article.id, e.currentTarget.checked)} />{' '}
                {t('myEvidenceShown')}
              </label>
              <p class="actions">
                <a href={`add-article.html?article=${encodeURIComponent(article.id)}`}>{t('myEvidenceAnnotate')}</a>
                {confirming === article.id ? (
                  <>
                    <button type="button" class="secondary" onClick={() => props.onDelete(article.id)}>
                      {t('myEvidenceDeleteConfirm', title)}
                    </button>
                    <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                      {t('annotateCancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" class="secondary" onClick={() => setConfirming(article.id)}>
                    {t('myEvidenceDelete')}
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      {(offers.length > 0 || merged.length > 0) && (
        <section aria-labelledby="merge-heading">
          <h2 id="merge-heading">{t('myEvidenceMergeHeading')}</h2>
          <p class="note">{t('myEvidenceMergeIntro')}</p>
          <ul>
            {offers.map(([from, into]) => (
              <li key={from.id}>
                {t('myEvidenceMergeOffer', [`${from.name} (${from.role}; ${whereMet(from)})`, `${into.name} (${into.role}; ${whereMet(into)})`])}{' '}
                <button type="button" class="secondary" onClick={() => props.onMerge(from.id, into.id)}>
                  {t('myEvidenceMerge')}
                </button>
              </li>
            ))}
            {merged.map(({ from, into }) => (
              <li key={from.id}>
                {t('myEvidenceMerged', [`${from.name} (${whereMet(from)})`, `${into.name} (${whereMet(into)})`])}{' '}
                <button type="button" class="secondary" onClick={() => props.onMerge(from.id, null)}>
                  {t('myEvidenceUnmerge')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="file-heading">
        <h2 id="file-heading">{t('myEvidenceFileHeading')}</h2>
        <p class="note">{t('myEvidenceFileIntro')}</p>
        <p class="actions">
          <button type="button" class="secondary" onClick={props.onExport}>
            {t('myEvidenceExport')}
          </button>
          {exportUrl && (
            <a href={exportUrl} download="claimlens-evidence.json" data-testid="export-link">
              {t('myEvidenceDownload')}
            </a>
          )}
        </p>
        <p>
          <label for="import-file">{t('myEvidenceImport')}</label>{' '}
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onImport(file);
              e.currentTarget.value = '';
            }}
          />
        </p>
        <p class="actions">
          {confirming === '(all)' ? (
            <button type="button" class="secondary" onClick={props.onClear}>
              {t('myEvidenceClearConfirm')}
            </button>
          ) : (
            <button type="button" class="secondary" onClick={() => setConfirming('(all)')}>
              {t('myEvidenceClear')}
            </button>
          )}
        </p>
      </section>
    </main>
  );
}
