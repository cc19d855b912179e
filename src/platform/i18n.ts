/**
 * Localised strings, numbers and dates in the browser's UI language. Plural forms are chosen
 * by CLDR rules (French "0 mention" is singular, English "0 mentions" is not).
 */
import { browser, t } from './browser';

export { t };

let rules: Intl.PluralRules | undefined;
let numbers: Intl.NumberFormat | undefined;

/** The UI language, for `lang` attributes and number formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** A count written the UI language's way ("1,500" / "1.500" / "1 500"). */
export function formatNumber(value: number): string {
  numbers ??= new Intl.NumberFormat(uiLanguage());
  return numbers.format(value);
}

/** Words joined the UI language's way ("a, b and c" / "a, b et c"). */
export function formatList(words: readonly string[]): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(words);
}

/** `key` + "One"/"Other" (etc.) picked by CLDR plural rules; `$1` gets the number, formatted. */
export function tCount(key: string, count: number, ...more: string[]): string {
  rules ??= new Intl.PluralRules(uiLanguage());
  const form = rules.select(count);
  const suffix = form === 'one' ? 'One' : 'Other';
  return t(`${key}${suffix}`, [formatNumber(count), ...more]);
}

/**
 * An ISO 8601 calendar date ("2019-03-14") written in the UI language ("14 mars 2019"); any
 * other text, as a source stated it, is shown as it is.
 */
export function formatDate(date: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!day) return date;
  const when = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (Number.isNaN(when.getTime()) || when.getUTCDate() !== Number(day[3])) return date;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long', timeZone: 'UTC' }).format(when);
}
