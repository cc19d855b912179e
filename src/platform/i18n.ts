/** Localised strings with plural forms chosen by the browser's UI language. */
import { browser, t } from './browser';

export { t };

let rules: Intl.PluralRules | undefined;

/** `key` + "One"/"Other" (etc.) picked by CLDR plural rules; `$COUNT$` gets the number. */
export function tCount(key: string, count: number, ...more: string[]): string {
  rules ??= new Intl.PluralRules(browser.i18n.getUILanguage());
  const form = rules.select(count);
  const suffix = form === 'one' ? 'One' : 'Other';
  return t(`${key}${suffix}`, [String(count), ...more]);
}

/** The UI language, for `lang` attributes and number formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
