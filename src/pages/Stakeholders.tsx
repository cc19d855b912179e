/**
 * Everyone the sources name in the matter, one entry per voice: a stakeholder the article
 * describes only in its own words ("police chiefs in England and Wales") is shown under the
 * voices it stands for, with the passages that show who they are. Each voice's evidence is
 * counted by stance and listed with its notes, as the article reported it.
 */
import { STANCES, type Dataset, type EvidenceItem, type Stance, type Stakeholder } from '../data/dataset-schema';
import { voicesOf } from '../data/card-data';
import { t, tCount } from '../platform/i18n';
import { StanceBadge } from '../ui/card/StanceBadge';

export interface StakeholdersProps {
  /** The bundled dataset, with the reader's articles when they have any. */
  data: Dataset;
  /** A stakeholder → the voice the reader confirmed it is (see src/data/reader-dataset.ts). */
  sameVoice?: ReadonlyMap<string, string>;
  /** Ids of the sources that are the reader's own articles. */
  mine?: ReadonlySet<string>;
}

export interface Voice {
  stakeholder: Stakeholder;
  /** Every item that is this voice's, directly or through a framing. */
  items: EvidenceItem[];
  /** Items per stance, only stances it has. */
  stances: [Stance, number][];
}

/** Role and organisation as reported, leaving out what only repeats the name ("Home Office"). */
function roleOf(person: Stakeholder): string {
  return [person.role, person.organisation].filter((part) => part && part !== person.name).join(', ');
}

/** The voices (stakeholders that are not a framing of others), each with its items. */
export function voices(data: Dataset, sameVoice: ReadonlyMap<string, string> = new Map()): Voice[] {
  const byId = new Map(data.stakeholders.map((s) => [s.id, s]));
  const voice = (id: string) => sameVoice.get(id) ?? id;
  return data.stakeholders
    .filter((s) => !s.framingOf && !sameVoice.has(s.id))
    .map((stakeholder) => {
      const items = data.evidence.filter((e) => voicesOf(e, byId).map(voice).includes(stakeholder.id));
      const stances = STANCES.map((stance): [Stance, number] => [stance, items.filter((e) => e.stance === stance).length]).filter(([, n]) => n > 0);
      return { stakeholder, items, stances };
    });
}

export function Stakeholders({ data, sameVoice = new Map(), mine = new Set() }: StakeholdersProps) {
  const byId = new Map(data.stakeholders.map((s) => [s.id, s]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  /** The reader's article an item or introduction comes from, as its page named it. */
  const mineLabel = (sourceId: string) => {
    const source = sources.get(sourceId);
    return source && mine.has(sourceId) ? t('cardFromYourEvidence', source.title ?? source.outlet ?? t('cardOutletUnknown')) : null;
  };
  return (
    <main>
      <h1>{t('stakeholdersTitle')}</h1>
      <p class="muted">{t('stakeholdersIntro')}</p>
      <ul class="people">
        {voices(data, sameVoice).map(({ stakeholder: person, items, stances }) => (
          <li key={person.id} id={person.id}>
            <h2>
              <span class="avatar" aria-hidden="true">
                {person.label}
              </span>{' '}
              {person.name}
            </h2>
            {roleOf(person) && <p class="muted">{t('stakeholdersRoleAsReported', roleOf(person))}</p>}
            {mineLabel(person.introducedAt.sourceId) && <p class="muted">{mineLabel(person.introducedAt.sourceId)}</p>}
            {data.stakeholders
              .filter((other) => sameVoice.get(other.id) === person.id)
              .map((other) => (
                <p key={other.id} class="muted merged">
                  {t('stakeholdersMergedFrom', [roleOf(other) ? `${other.name}, ${roleOf(other)}` : other.name, mineLabel(other.introducedAt.sourceId) ?? ''])}
                </p>
              ))}
            <p class="positions">
              {stances.length === 0 ? (
                <StanceBadge stance="no-position-stated" plural={person.kind === 'group'} />
              ) : (
                stances.map(([stance, count]) => (
                  <span key={stance} class="position">
                    <StanceBadge stance={stance} plural={person.kind === 'group'} /> <span class="muted">{tCount('cardItems', count)}</span>
                  </span>
                ))
              )}
            </p>
            {person.note && <p class="note">{person.note}</p>}
            {data.stakeholders
              .filter((framing) => framing.framingOf?.stakeholderIds.includes(person.id))
              .map((framing) => (
                <p key={framing.id} class="note">
                  {t('stakeholdersAlsoDescribed', framing.name)}{' '}
                  <span class="basis-quotes">{framing.framingOf!.basis.map((p) => `‘${p.text}’`).join(' · ')}</span>
                </p>
              ))}
            {items.length > 0 && (
              <ul class="items">
                {items.map((item) => {
                  const framings = item.stakeholderIds.map((id) => byId.get(id)).filter((s): s is Stakeholder => !!s?.framingOf);
                  return (
                    <li key={item.id}>
                      <StanceBadge stance={item.stance} plural={false} inferred={item.stanceInferred} />{' '}
                      <span class="quote">{item.kind === 'reported-position' ? item.text : `“${item.text}”`}</span>{' '}
                      <a href={`sources.html#${encodeURIComponent(item.id)}`}>{t('stakeholdersInSource')}</a>
                      {mineLabel(item.sourceId) && <p class="muted">{mineLabel(item.sourceId)}</p>}
                      {framings.map((framing) => (
                        <p key={framing.id} class="muted">
                          {t('stakeholdersFramedAs', framing.name)}
                        </p>
                      ))}
                      {item.stanceInferred && <p class="muted">{t('cardStanceBasis', item.stanceBasis.map((p) => `‘…${p.text}…’`).join(' '))}</p>}
                      {item.note && <p class="note">{item.note}</p>}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
