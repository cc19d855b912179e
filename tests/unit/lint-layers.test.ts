/**
 * The layering lint bites: an import against the layers, or of the raw extension API outside
 * src/platform, fails it; an allowed import does not. ESLint's own API lints a few lines as
 * if they stood in a real file of each folder.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// typescript-eslint treats CI=true as a single run and then parses files from disk, not the
// text given here: the lines under test would never be read.
const eslint = new ESLint({
  cwd: resolve(import.meta.dirname, '../..'),
  overrideConfig: { languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } } },
});

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FORBIDDEN: [file: string, code: string][] = [
  ['src/data/card-data.ts', "import { compileLexicon } from '../engine/compile-lexicon';"],
  ['src/engine/normalize.ts', "import { MentionStore } from '../content/mention-store';"],
  ['src/engine/normalize.ts', "import { render } from 'preact';"],
  ['src/platform/i18n.ts', "import { QuoteCard } from '../ui/card/QuoteCard';"],
  ['src/ui/ShortcutList.tsx', "import { quoteCard } from '../content/features/quote-card';"],
  ['src/content/painter.ts', "import { backgroundRequests } from '../background/requests';"],
  ['src/background/tab-state.ts', "import { QuoteCard } from '../ui/card/QuoteCard';"],
  ['src/popup/Popup.tsx', "import { Options } from '../options/Options';"],
  ['src/options/Options.tsx', "import { quoteCard } from '../content/features/quote-card';"],
  ['src/pages/Sources.tsx', "import { startAnnotating } from '../content/features/annotate';"],
  ['src/content/index.ts', "import { browser } from '../platform/browser';"],
  ['src/background/index.ts', "import browser from 'webextension-polyfill';"],
];

describe('the layering lint', () => {
  it.each(FORBIDDEN)(
    'rejects, in %s, %s',
    async (file, code) => {
      expect(await importErrors(file, `${code}\n`)).toHaveLength(1);
    },
    60_000,
  );

  it('accepts imports that go down the layers', async () => {
    expect(
      await importErrors('src/content/painter.ts', "import { compileLexicon } from '../engine/compile-lexicon';\nimport { t } from '../platform/i18n';\n"),
    ).toEqual([]);
    expect(
      await importErrors('src/options/Options.tsx', "import '../content/highlight-styles.css';\nimport { ShortcutList } from '../ui/ShortcutList';\n"),
    ).toEqual([]);
    expect(await importErrors('src/platform/browser.ts', "import browser from 'webextension-polyfill';\n")).toEqual([]);
  }, 60_000);
});
