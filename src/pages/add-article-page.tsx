/**
 * Add-article page entry. `?tab=<id>` (from the popup): asks that tab's content script for its
 * document, extracts the article here, and shows it for review. Without it: paste or drop a text.
 */
import { render } from 'preact';
import * as v from 'valibot';
import { useEffect, useState } from 'preact/hooks';
import { DatasetError, formatProblem } from '../data/dataset-error';
import { t, uiLanguage } from '../platform/i18n';
import { sendToFrame } from '../platform/messages';
import { EvidenceStoreError, openEvidenceStore, requestPersistentStorage } from '../platform/evidence-store';
import type { ReaderArticle } from '../data/evidence-file';
import { AddArticle, type AddArticleState } from './AddArticle';
import { extractArticle, storedTextOfPlain } from './extract-article';
import { newReaderArticle } from './new-article';
import '../ui/page.css';
import './sources.css';
import './add-article.css';

/** The content script's answer enters here: checked before it is parsed. */
const SerialisedDocument = v.object({ html: v.string(), url: v.string() });

const tabId = Number(new URLSearchParams(location.search).get('tab')) || undefined;

function problemsOf(error: unknown): string[] {
  if (error instanceof DatasetError) return error.problems.map((problem) => formatProblem(problem).trim());
  if (error instanceof EvidenceStoreError) return [error.kind === 'quota' ? t('addArticleQuota') : error.message];
  return [error instanceof Error ? error.message : String(error)];
}

async function readTab(id: number): Promise<AddArticleState> {
  const page = v.safeParse(SerialisedDocument, await sendToFrame(id, 0, 'serialise-document', {}).catch(() => undefined));
  if (!page.success) return { step: 'paste', error: t('addArticleNoPage') };
  const extracted = extractArticle(page.output.html, page.output.url);
  if (!extracted) return { step: 'paste', error: t('addArticleNoArticle') };
  return { step: 'review', article: await newReaderArticle(extracted), siteName: extracted.siteName };
}

async function save(article: ReaderArticle): Promise<void> {
  const store = await openEvidenceStore();
  try {
    if ((await store.list()).articles.some((saved) => saved.id === article.id)) throw new Error(t('addArticleAlreadySaved'));
    await store.save(article);
  } finally {
    store.close();
  }
  await requestPersistentStorage();
}

function AddArticlePage() {
  const [state, setState] = useState<AddArticleState>(tabId ? { step: 'loading' } : { step: 'paste' });
  useEffect(() => {
    if (tabId) void readTab(tabId).then(setState);
  }, []);
  const siteName = 'siteName' in state ? state.siteName : null;
  return (
    <AddArticle
      state={state}
      onPaste={() => setState({ step: 'paste' })}
      onText={(text) => {
        const stored = storedTextOfPlain(text);
        if (!stored) return setState({ step: 'paste', error: t('addArticleEmpty') });
        void newReaderArticle({ text: stored, title: null, siteName: null, date: null, url: null }).then((article) =>
          setState({ step: 'review', article, siteName: null }),
        );
      }}
      onSave={(article) => {
        setState({ step: 'saving', article, siteName });
        save(article).then(
          () => setState({ step: 'saved', article }),
          (error: unknown) => setState({ step: 'failed', article, siteName, problems: problemsOf(error) }),
        );
      }}
    />
  );
}

document.title = t('addArticleTitle');
document.documentElement.lang = uiLanguage();
render(<AddArticlePage />, document.getElementById('root') ?? document.body);
