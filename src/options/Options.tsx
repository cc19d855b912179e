/** The options page: how mentions look, how cards open, where Claimlens is off, which languages. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import type { Shortcut } from '../platform/browser';
import { LANGS, type Lang } from '../data/lexicon-schema';
import { ShortcutList } from '../ui/ShortcutList';
import { CARD_TRIGGERS, DWELL_MS, HIGHLIGHT_STYLES, normaliseSite, type HighlightStyle, type SettingKey, type Settings } from '../platform/settings-schema';

export interface OptionsProps {
  /** The current settings. */
  settings: Settings;
  /** Saves some settings; rejects with a reason when a value is invalid. */
  onChange: (patch: Partial<Record<SettingKey, unknown>>) => Promise<void>;
  /** Restores every default. */
  onReset: () => Promise<void>;
  /** The keyboard shortcuts as set in the browser. */
  shortcuts: readonly Shortcut[];
  /** Where the browser lets the user change shortcuts. */
  shortcutHint: string;
}

/** A sample phrase painted with one highlight style, through the same CSS the pages get. */
function StylePreview({ style }: { style: HighlightStyle }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const text = ref.current?.firstChild;
    if (!text) return;
    const name = `claimlens-style-${style}`;
    const highlight = new Highlight(new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: text.textContent?.length ?? 0 }));
    CSS.highlights.set(name, highlight);
    return () => CSS.highlights.delete(name);
  }, [style]);
  return (
    <span class="preview" aria-hidden="true">
      {t('optionsPreviewBefore')} <span ref={ref}>{t('optionsPreviewTerm')}</span> {t('optionsPreviewAfter')}
    </span>
  );
}

function SitesEditor({ sites, onChange }: { sites: readonly string[]; onChange: OptionsProps['onChange'] }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event): void => {
    event.preventDefault();
    const site = normaliseSite(draft);
    if (!site) {
      setError(t('optionsSiteInvalid', draft));
      return;
    }
    setError('');
    setDraft('');
    void onChange({ disabledSites: [...sites, site] });
  };
  return (
    <>
      {sites.length === 0 ? (
        <p class="muted">{t('optionsNoDisabledSites')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="secondary"
                aria-label={t('optionsRemoveSiteLabel', site)}
                onClick={() => void onChange({ disabledSites: sites.filter((s) => s !== site) })}
              >
                {t('optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="new-site">{t('optionsAddSiteLabel')}</label>
        <input
          id="new-site"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          {t('optionsAddSite')}
        </button>
        {error && (
          <p id="site-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </>
  );
}

export function Options({ settings, onChange, onReset, shortcuts, shortcutHint }: OptionsProps) {
  const [saved, setSaved] = useState('');
  const save = (patch: Partial<Record<SettingKey, unknown>>): void => {
    onChange(patch).then(
      () => setSaved(t('optionsSaved')),
      (error: unknown) => setSaved(String(error)),
    );
  };
  const toggleLanguage = (lang: Lang, on: boolean): void => {
    save({ languages: on ? [...settings.languages, lang] : settings.languages.filter((l) => l !== lang) });
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>

      <fieldset>
        <legend>{t('optionsHighlightStyle')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="choice">
            <input
              type="radio"
              name="highlightStyle"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => save({ highlightStyle: style })}
            />
            <span class="choice-label">{t(`optionsStyle_${style}`)}</span>
            <StylePreview style={style} />
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsCardTrigger')}</legend>
        {CARD_TRIGGERS.map((trigger) => (
          <label key={trigger} class="choice">
            <input type="radio" name="cardTrigger" value={trigger} checked={settings.cardTrigger === trigger} onChange={() => save({ cardTrigger: trigger })} />
            <span class="choice-label">{t(`optionsTrigger_${trigger.replace('-', '_')}`)}</span>
          </label>
        ))}
        <label class="range" for="dwell">
          {t('optionsDwell')} <output for="dwell">{t('optionsMilliseconds', String(settings.dwellMs))}</output>
        </label>
        <input
          id="dwell"
          type="range"
          min={DWELL_MS.min}
          max={DWELL_MS.max}
          step={50}
          value={settings.dwellMs}
          disabled={settings.cardTrigger === 'click'}
          onChange={(e) => save({ dwellMs: Number(e.currentTarget.value) })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('optionsLanguages')}</legend>
        <p class="muted">{t('optionsLanguagesHint')}</p>
        <div class="languages">
          {LANGS.map((lang) => (
            <label key={lang} class="choice">
              <input type="checkbox" checked={settings.languages.includes(lang)} onChange={(e) => toggleLanguage(lang, e.currentTarget.checked)} />
              <span lang={lang}>{t(`language_${lang}`)}</span>
            </label>
          ))}
        </div>
        {settings.languages.length === 0 && (
          <p class="error" role="alert">
            {t('optionsNoLanguages')}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('optionsDisabledSites')}</legend>
        <SitesEditor sites={settings.disabledSites} onChange={onChange} />
      </fieldset>

      <fieldset>
        <legend>{t('optionsShortcuts')}</legend>
        <ShortcutList shortcuts={shortcuts} class="shortcuts" />
        <p class="muted">{shortcutHint}</p>
      </fieldset>

      <div class="actions">
        <button type="button" class="secondary" onClick={() => void onReset().then(() => setSaved(t('optionsResetDone')))}>
          {t('optionsReset')}
        </button>
        <p role="status" class="muted">
          {saved}
        </p>
      </div>
    </main>
  );
}
