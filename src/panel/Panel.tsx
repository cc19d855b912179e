/** The panel for the whole page: what the page holds, its balance of voices, and the card of the item the reader picks. */
import { formatList, t, tCount } from '../platform/i18n';
import type { PageCardModel } from '../ui/card/card-model';
import type { PageBalance, RecordSide, Voice } from './page-balance';
import { PanelCard } from './PanelCard';
import type { PanelItem, PanelState } from './panel-items';

export interface PanelProps {
  /** What the tab holds, or why nothing is listed. */
  state: PanelState;
  /** Mentions beyond the listed ones. */
  unlisted: number;
  /** The page's balance of voices (null while nothing is listed). */
  balance: PageBalance | null;
  /** The item the reader activated last. */
  selectedKey: string | null;
  /** That item's card, once the background has built it. */
  card: PageCardModel | null;
  /** Scrolls the page to an item, marks it and shows its card here. */
  onActivate: (item: PanelItem) => void;
  /** Closes the card (focus goes back to its item). */
  onCloseCard: () => void;
  /** Opens the sources page at an item, or at its top without one. */
  onOpenSource: (itemId?: string) => void;
  /** Turns Claimlens off for the page's site. */
  onDisableSite: () => void;
}

const SIDES: readonly RecordSide[] = ['for', 'against', 'other'];
const COUNT_KEYS: Record<RecordSide, string> = { for: 'panelSupporters', against: 'panelOpponents', other: 'panelOtherVoices' };
const MISSING_KEYS: Record<RecordSide, string> = { for: 'panelMissingFor', against: 'panelMissingAgainst', other: 'panelMissingOther' };

/** "2 supporters (Alison Thewliss and Arfon Jones) and 1 opponent (Home Office)". */
function bySide(voices: readonly Voice[]): string {
  const parts = SIDES.flatMap((side) => {
    const taking = voices.filter((v) => v.side === side);
    return taking.length ? [`${tCount(COUNT_KEYS[side], taking.length)} (${formatList(taking.map((v) => v.name))})`] : [];
  });
  return formatList(parts);
}

function Balance({ balance }: { balance: PageBalance }) {
  return (
    <section aria-labelledby="balance-heading" class="balance">
      <h2 id="balance-heading">{t('panelBalanceHeading')}</h2>
      <p class="quoted">{balance.quoted.length ? t('panelQuotes', bySide(balance.quoted)) : t('panelQuotesNone')}</p>
      {balance.named.length > 0 && <p class="named">{t('panelNames', bySide(balance.named))}</p>}
      {SIDES.map((side) => {
        const missing = balance.missing.filter((v) => v.side === side);
        return missing.length ? (
          <p key={side} class={`missing missing-${side}`}>
            {t(MISSING_KEYS[side], formatList(missing.map((v) => v.name)))}
          </p>
        ) : null;
      })}
      <p class="scope">{t('panelBalanceScopeFound')}</p>
    </section>
  );
}

function statusText(state: PanelState): string {
  switch (state.kind) {
    case 'unavailable':
      return t('panelUnavailable');
    case 'reading':
      return t('panelReading');
    case 'paused':
      return t('popupPausedStatus');
    case 'site-off':
      return t('popupSiteOffStatus', state.host);
    case 'empty':
      return t('panelNothingFound');
    case 'items':
      return tCount('panelItemCount', state.items.length);
  }
}

export function Panel({ state, unlisted, balance, selectedKey, card, onActivate, onCloseCard, onOpenSource, onDisableSite }: PanelProps) {
  const selected = state.kind === 'items' ? state.items.find((item) => item.key === selectedKey) : undefined;
  return (
    <main>
      <header>
        <h1>{t('panelTitle')}</h1>
        <p class="status" role="status">
          {statusText(state)}
        </p>
      </header>

      {state.kind === 'unavailable' && <p class="empty">{t('popupUnavailableWhy')}</p>}
      {state.kind === 'empty' && <p class="empty">{t('popupLooksFor')}</p>}

      {/* The list first, the selected item's card next to it, the balance last: the balance comes a
          moment after the list (once the frames give their paragraphs), and above the list it
          would push every item down under the reader's pointer, so a click meant for one missed. */}
      {state.kind === 'items' && (
        <>
          <section aria-labelledby="items-heading">
            <h2 id="items-heading">{t('panelItemsHeading')}</h2>
            <ol class="items">
              {state.items.map((item) => (
                <li key={item.key}>
                  <button
                    type="button"
                    class="item"
                    data-key={item.key}
                    aria-current={item.key === selectedKey ? 'true' : undefined}
                    onClick={() => onActivate(item)}
                  >
                    <span class="kind">{t(`panelKind_${item.kind}`)}</span> <span class="snippet">{item.snippet}</span>
                  </button>
                </li>
              ))}
            </ol>
            {unlisted > 0 && <p class="muted">{tCount('panelUnlisted', unlisted)}</p>}
          </section>
          {selected && card && (
            <section class="card-region" aria-label={t('panelCardLabel', selected.text)}>
              <PanelCard model={card} onClose={onCloseCard} onOpenSource={onOpenSource} onDisableSite={onDisableSite} />
            </section>
          )}
          {balance && <Balance balance={balance} />}
        </>
      )}
    </main>
  );
}
