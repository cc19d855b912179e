/** Everyone the sources give a position to (or name without one), with all their evidence. */
import type { Dataset, Stance, Stakeholder } from '../data/dataset-schema';
import { t } from '../platform/i18n';
import { StanceBadge } from '../ui/card/StanceBadge';

export interface StakeholdersProps {
  /** The bundled dataset. */
  data: Dataset;
}

/** One stance when all their evidence agrees; null when there is none or it is mixed. */
export function positionOf(data: Dataset, stakeholder: Stakeholder): Stance | 'mixed' | null {
  const stances = new Set(data.evidence.filter((e) => e.stakeholderIds.includes(stakeholder.id)).map((e) => e.stance));
  if (stances.size === 0) return null;
  return stances.size === 1 ? [...stances][0]! : 'mixed';
}

export function Stakeholders({ data }: StakeholdersProps) {
  return (
    <main>
      <h1>{t('stakeholdersTitle')}</h1>
      <p class="muted">{t('stakeholdersIntro')}</p>
      <ul class="people">
        {data.stakeholders.map((person) => {
          const position = positionOf(data, person);
          const evidence = data.evidence.filter((e) => e.stakeholderIds.includes(person.id));
          return (
            <li key={person.id} id={person.id}>
              <h2>
                <span class="avatar" aria-hidden="true">{person.label}</span> {person.name}{' '}
                {position === null ? <span class="muted">{t('stakeholdersNoPosition')}</span>
                  : position === 'mixed' ? <span class="muted">{t('stakeholdersMixed')}</span>
                  : <StanceBadge stance={position} plural={person.kind === 'group'} />}
              </h2>
              <p class="muted">{[person.role, person.organisation].filter(Boolean).join(', ')}</p>
              {person.note && <p class="note">{person.note}</p>}
              {evidence.length > 0 && (
                <ul class="items">
                  {evidence.map((item) => (
                    <li key={item.id}>
                      <span class="quote">{item.kind === 'reported-position' ? item.text : `“${item.text}”`}</span>{' '}
                      <a href={`sources.html#${item.id}`}>{t('stakeholdersInSource')}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </main>
  );
}
