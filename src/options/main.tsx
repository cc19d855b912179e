/** Options entry: the settings, kept live (another device or the popup may change them). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { shortcuts as readShortcuts, shortcutSettingsHint, type Shortcut } from '../platform/browser';
import type { Settings } from '../platform/settings-schema';
import { t, uiLanguage } from '../platform/i18n';
import { readSettings, resetSettings, watchSettings, writeSettings } from '../platform/settings-store';
import { Options } from './Options';
import '../ui/page.css';
import '../content/highlight-styles.css';
import './options.css';

function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    const lifetime = new AbortController();
    void Promise.all([readSettings(), readShortcuts()]).then(([current, keys]) => {
      setSettings(current);
      setShortcuts(keys);
    });
    watchSettings(setSettings, lifetime.signal);
    return () => lifetime.abort();
  }, []);
  if (!settings) return null;
  return <Options settings={settings} onChange={writeSettings} onReset={resetSettings} shortcuts={shortcuts} shortcutHint={shortcutSettingsHint()} />;
}

document.title = t('optionsTitle');
document.documentElement.lang = uiLanguage();
render(<OptionsApp />, document.getElementById('root') ?? document.body);
