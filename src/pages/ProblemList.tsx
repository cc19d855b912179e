/** What stopped an action, in words a reader can act on: one alert, a lead line and every problem. */
import { DatasetError, formatProblem } from '../data/dataset-error';
import { EvidenceStoreError } from '../platform/evidence-store';
import { t } from '../platform/i18n';

/** Every problem an error carries: each of a DatasetError's, a store's message (storage full in the reader's words). */
export function problemsOf(error: unknown): string[] {
  if (error instanceof DatasetError) return error.problems.map((problem) => formatProblem(problem).trim());
  if (error instanceof EvidenceStoreError) return [error.kind === 'quota' ? t('addArticleQuota') : error.message];
  return [error instanceof Error ? error.message : String(error)];
}

export function ProblemList({ lead, problems }: { lead: string; problems: readonly string[] }) {
  return (
    <div role="alert" class="error">
      <p>{lead}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
