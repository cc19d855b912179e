/**
 * Starting Chromium or Firefox in another interface language, for tests of the extension's
 * translations. Chromium takes `--lang` and the LANGUAGE/LANG environment, Firefox the
 * `intl.locale.requested` preference — but each switches only to a language it has files
 * for, and Debian ships those in separate packages (chromium-l10n, firefox-esr-l10n-*).
 * Where they are missing, a stand-in makes the language available:
 *
 * - Chromium: a folder of hard links to Debian's Chromium (a copy of the binary where the file
 *   system refuses a link), whose `locales/` holds the language's pack as a link to the English
 *   one: Chromium looks for its packs beside the binary it was started from;
 * - Firefox: an empty language pack (no strings), installed as a temporary add-on before the
 *   extension, so the language is among those Firefox may pick.
 *
 * The browsers' own menus stay English; what changes is the language they report
 * (`i18n.getUILanguage()`) and pick extension messages in, which is all Claimlens reads.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Where Debian keeps Chromium's binary and packs, behind the /usr/bin/chromium script. */
const DEBIAN_CHROMIUM_DIR = '/usr/lib/chromium';

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  env: Record<string, string | undefined>;
}

/**
 * Puts `source` at `target`: a hard link where the file system allows one; otherwise a copy of
 * the binary (Chromium finds its packs beside the binary it was started from, a symbolic link
 * would lead it back) and symbolic links for the rest.
 */
function place(source: string, target: string, isBinary: boolean): void {
  if (existsSync(target)) return;
  try {
    linkSync(source, target);
  } catch {
    if (isBinary) {
      copyFileSync(source, target);
      chmodSync(target, 0o755);
    } else {
      symlinkSync(source, target);
    }
  }
}

function chromiumDir(executable: string): string {
  const real = realpathSync(executable);
  if (existsSync(join(dirname(real), 'locales'))) return dirname(real);
  if (existsSync(join(DEBIAN_CHROMIUM_DIR, 'locales'))) return DEBIAN_CHROMIUM_DIR;
  throw new Error(`cannot find Chromium's locales/ folder beside ${real}`);
}

/** Chromium asked for `lang` ("fr") every way it listens, with a stand-in where it has no pack for it. */
export function chromiumInLanguage(executable: string, lang: string): ChromiumLaunch {
  const dir = chromiumDir(executable);
  const launch = { args: [`--lang=${lang}`], env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_${lang.toUpperCase()}.UTF-8` } };
  if (existsSync(join(dir, 'locales', `${lang}.pak`))) return { executablePath: executable, ...launch };
  const binary = join(dir, 'chromium');
  const standIn = join(tmpdir(), `claimlens-chromium-${lang}-${statSync(binary).mtimeMs.toFixed(0)}`);
  // The language's pack goes in last: its presence says the stand-in is whole.
  if (!existsSync(join(standIn, 'locales', `${lang}.pak`))) {
    mkdirSync(join(standIn, 'locales'), { recursive: true });
    try {
      for (const entry of readdirSync(dir, { withFileTypes: true }))
        if (entry.isFile()) place(join(dir, entry.name), join(standIn, entry.name), entry.name === 'chromium');
      for (const pack of readdirSync(join(dir, 'locales'))) place(join(dir, 'locales', pack), join(standIn, 'locales', pack), false);
      place(join(dir, 'locales', 'en-US.pak'), join(standIn, 'locales', `${lang}.pak`), false);
    } catch (error) {
      throw new Error(
        `Chromium has no ${lang} pack and a stand-in could not be made in ${standIn} (${String(error)}). Install it with \`apt-get install -y chromium-l10n\`.`,
      );
    }
  }
  return { executablePath: join(standIn, 'chromium'), ...launch };
}

/** The Firefox version a language pack must name, from the application.ini beside its binary. */
function firefoxVersion(executable: string): string {
  const ini = readFileSync(join(dirname(realpathSync(executable)), 'application.ini'), 'utf8');
  const version = /^Version=(.+)$/m.exec(ini)?.[1];
  if (!version) throw new Error(`no Version in the application.ini of ${executable}`);
  return version.trim();
}

/**
 * The Firefox preferences that ask for `lang`, and an empty language pack to install before
 * the extension, or null where Firefox has the language already.
 */
export function firefoxInLanguage(executable: string, lang: string): { prefs: Record<string, string>; languagePack: string | null } {
  const prefs = { 'intl.locale.requested': lang };
  // Debian's firefox-esr-l10n-* put the pack among the browser's own add-ons; Mozilla's builds in distribution/.
  const home = dirname(realpathSync(executable));
  const installed = [
    join(home, 'browser', 'extensions', `langpack-${lang}@firefox-esr.mozilla.org.xpi`),
    join(home, 'browser', 'extensions', `langpack-${lang}@firefox.mozilla.org.xpi`),
    join(home, 'distribution', 'extensions', `langpack-${lang}@firefox.mozilla.org.xpi`),
  ];
  if (installed.some((path) => existsSync(path))) return { prefs, languagePack: null };
  const version = firefoxVersion(executable);
  const [major] = version.split('.');
  const dir = join(tmpdir(), `claimlens-firefox-langpack-${lang}-${version}`);
  mkdirSync(join(dir, 'chrome', lang, 'locale', lang, 'global'), { recursive: true });
  mkdirSync(join(dir, 'browser'), { recursive: true });
  const manifest = {
    manifest_version: 2,
    name: `Language: ${lang} (an empty stand-in for tests)`,
    version,
    langpack_id: lang,
    browser_specific_settings: { gecko: { id: `langpack-${lang}@firefox.mozilla.org`, strict_min_version: `${major}.0`, strict_max_version: `${major}.*` } },
    languages: { [lang]: { chrome_resources: { global: `chrome/${lang}/locale/${lang}/global/` }, version: '20260101000000' } },
    sources: { browser: { base_path: 'browser/' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { prefs, languagePack: dir };
}
