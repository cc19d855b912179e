/** The toolbar popup: what Claimlens found on this page, and the switches for it. */
import { formatList, t, tCount } from '../platform/i18n';
import type { FrameReport, PageItem } from '../platform/messages';
import { sitesCovering, type Settings } from '../platform/settings-schema';
import type { Shortcut } from '../platform/browser';
import type { TabState } from '../platform/tab-state-store';
import { ShortcutList } from '../ui/ShortcutList';

export interface PopupProps {
  /** The tab's reports (only frames that may hold the topic report); null when none did. */
  tab: TabState | null;
  /** The host of the tab's page when Claimlens's content script runs there, as the page said when asked; null when it does not. */
  runningOn: string | null;
  /** The current settings. */
  settings: Settings;
  /** The keyboard shortcuts as set in the browser. */
  shortcuts: readonly Shortcut[];
  /** Scrolls the page to a mention and opens its card. */
  onReveal: (frameId: number, index: number) => void;
  /** Turns Claimlens on or off for a site. */
  onSiteEnabled: (host: string, enabled: boolean) => void;
  /** Pauses or resumes Claimlens everywhere. */
  onPaused: (paused: boolean) => void;
  /** Opens an extension page: the sources, the stakeholders, or the options. */
  onOpen: (page: 'sources' | 'stakeholders' | 'my-evidence' | 'options') => void;
  /** Opens the panel for the whole page (synchronously: the click is the user gesture it needs). */
  onOpenPanel: () => void;
  /** Opens the add-article page for this tab's article. */
  onAddArticle: () => void;
}

interface MentionGroup {
  term: string;
  count: number;
  items: { frameId: number; mention: PageItem }[];
}

/** Mentions of every frame grouped by the lexicon term they matched, most frequent first. */
export function groupMentions(tab: TabState): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  const frames = Object.entries(tab.frames).sort(([a], [b]) => Number(a) - Number(b));
  for (const [frameId, frame] of frames) {
    if (!frame.active) continue;
    for (const mention of frame.items) {
      if (mention.kind !== 'mention') continue;
      const group = groups.get(mention.ref) ?? { term: mention.ref, count: 0, items: [] };
      group.count++;
      group.items.push({ frameId: Number(frameId), mention });
      groups.set(mention.ref, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/**
 * What else the tab's running frames marked: the claims the page makes and the stakeholders it
 * names, each counted once however often ("1 claim and 2 stakeholders"), or null when none.
 */
export function debateSummary(tab: TabState): string | null {
  const claims = new Set<string>();
  const names = new Set<string>();
  for (const frame of Object.values(tab.frames)) {
    if (!frame.active) continue;
    for (const item of frame.items) {
      if (item.kind === 'claim') for (const id of item.claimIds ?? [item.ref]) claims.add(id);
      else if (item.kind === 'stakeholder') names.add(item.ref);
    }
  }
  const parts = [...(claims.size ? [tCount('popupClaimCount', claims.size)] : []), ...(names.size ? [tCount('popupStakeholderCount', names.size)] : [])];
  return parts.length ? formatList(parts) : null;
}

function totalCount(tab: TabState): number {
  return Object.values(tab.frames).reduce((sum, f) => sum + (f.active ? f.count : 0), 0);
}

function SiteSwitch({ host, settings, onSiteEnabled }: { host: string; settings: Settings; onSiteEnabled: PopupProps['onSiteEnabled'] }) {
  const disabled = sitesCovering(settings, host).length > 0;
  return (
    <button type="button" class="secondary" onClick={() => onSiteEnabled(host, disabled)}>
      {disabled ? t('popupEnableOnSite', host) : t('popupDisableOnSite', host)}
    </button>
  );
}

export function Popup({ tab, runningOn, settings, shortcuts, onReveal, onSiteEnabled, onPaused, onOpen, onOpenPanel, onAddArticle }: PopupProps) {
  const top: FrameReport | undefined = tab?.frames[0];
  // Claimlens runs here if a frame reported or the page says so when asked.
  const running = tab !== null || runningOn !== null;
  const host = top?.host || runningOn || '';
  const siteOff = host !== '' && sitesCovering(settings, host).length > 0;
  const groups = tab ? groupMentions(tab) : [];
  const count = tab ? totalCount(tab) : 0;
  const debate = tab && count > 0 ? debateSummary(tab) : null;
  let status: string;
  if (!running) status = t('popupUnavailable');
  else if (settings.paused) status = t('popupPausedStatus');
  else if (siteOff || top?.active === false) status = t('popupSiteOffStatus', host);
  else if (count === 0) status = t('popupNothingFound');
  else status = tCount('popupMentionCount', count);

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <p class="status" role="status">
          {status}
        </p>
        {debate && !settings.paused && !siteOff && <p class="also">{t('popupAlsoMarked', debate)}</p>}
      </header>

      {tab && !settings.paused && !siteOff && groups.length > 0 && (
        <section aria-labelledby="mentions-heading">
          <h2 id="mentions-heading">{t('popupMentionsHeading')}</h2>
          {groups.map((group) => (
            <details key={group.term} open={groups.length <= 3}>
              <summary>
                <span class="term">{group.term}</span> <span class="count">{tCount('popupTimes', group.count)}</span>
              </summary>
              <ul>
                {group.items.map(({ frameId, mention }) => (
                  <li key={`${frameId}:${mention.index}`}>
                    <button type="button" class="mention" onClick={() => onReveal(frameId, mention.index)}>
                      {mention.snippet}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </section>
      )}

      {running && count === 0 && !settings.paused && !siteOff && top?.active !== false && <p class="empty">{t('popupLooksFor')}</p>}
      {!running && <p class="empty">{t('popupUnavailableWhy')}</p>}

      <section class="controls" aria-label={t('popupControls')}>
        <button type="button" class="primary" onClick={onOpenPanel}>
          {t('popupOpenPanel')}
        </button>
        {running && host && <SiteSwitch host={host} settings={settings} onSiteEnabled={onSiteEnabled} />}
        <button type="button" class="secondary" aria-pressed={settings.paused} onClick={() => onPaused(!settings.paused)}>
          {settings.paused ? t('popupResume') : t('popupPause')}
        </button>
        {running && (
          <button type="button" class="secondary" onClick={onAddArticle}>
            {t('popupAddArticle')}
          </button>
        )}
      </section>

      <nav aria-label={t('popupLinks')}>
        <button type="button" class="link" onClick={() => onOpen('sources')}>
          {t('popupSources')}
        </button>
        <button type="button" class="link" onClick={() => onOpen('stakeholders')}>
          {t('popupStakeholders')}
        </button>
        <button type="button" class="link" onClick={() => onOpen('my-evidence')}>
          {t('popupMyEvidence')}
        </button>
        <button type="button" class="link" onClick={() => onOpen('options')}>
          {t('popupOptions')}
        </button>
      </nav>

      {shortcuts.length > 0 && (
        <footer>
          <h2>{t('popupShortcuts')}</h2>
          <ShortcutList shortcuts={shortcuts} />
        </footer>
      )}
    </main>
  );
}
