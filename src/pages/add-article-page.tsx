/**
 * Add-article page entry. `?tab=<id>` (from the popup or the context menu): reads that tab's
 * document (a function run there on demand: no content script needs to be listening), extracts
 * the article here, and shows it for review. Without it: paste or drop a text.
 */
import { render } from 'preact';
import * as v from 'valibot';
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../platform/i18n';
import { sendToBackground } from '../platform/messages';
import { readTopDocument } from '../platform/scripting';
import { dataset } from '../data/dataset';
import { statementIn } from '../data/claim-text';
import { Annotate } from './Annotate';
import { withItem, type ItemDraft } from './annotate-model';
import { openEvidenceStore, requestPersistentStorage } from '../platform/evidence-store';
import { problemsOf } from './ProblemList';
import type { ReaderArticle } from '../data/evidence-file';
import { AddArticle, type AddArticleState } from './AddArticle';
import { extractArticle, storedTextOfPlain } from './extract-article';
import { newReaderArticle } from './new-article';
import '../ui/page.css';
import './sources.css';
import './add-article.css';

/** The page's answer enters here: checked before it is parsed. */
const SerialisedDocument = v.object({ html: v.string(), url: v.string() });

const params = new URLSearchParams(location.search);
const tabId = Number(params.get('tab')) || undefined;
/** `?article=<id>`: annotate an article already saved (from the My evidence page). */
const savedId = params.get('article');
const claimChoices = dataset.claims.claims.map((claim) => ({ id: claim.id, statement: statementIn(claim, uiLanguage()) }));

async function readTab(id: number): Promise<AddArticleState> {
  const page = v.safeParse(SerialisedDocument, await readTopDocument(id));
  if (!page.success) return { step: 'paste', error: t('addArticleNoPage') };
  const extracted = extractArticle(page.output.html, page.output.url);
  if (!extracted) return { step: 'paste', error: t('addArticleNoArticle') };
  return { step: 'review', article: await newReaderArticle(extracted), siteName: extracted.siteName };
}

/** Saves an annotated article (replacing the one saved), tells the background, and resolves to the problems that stopped it. */
async function saveItem(article: ReaderArticle, draft: ItemDraft): Promise<{ saved: ReaderArticle | null; problems: string[] }> {
  const updated = withItem(article, draft);
  try {
    const store = await openEvidenceStore();
    try {
      await store.save(updated);
    } finally {
      store.close();
    }
  } catch (error) {
    return { saved: null, problems: problemsOf(error) };
  }
  await sendToBackground('reader-evidence-changed', {}).catch(() => undefined);
  return { saved: updated, problems: [] };
}

async function readSaved(id: string): Promise<AddArticleState> {
  try {
    const store = await openEvidenceStore();
    try {
      const article = (await store.list()).articles.find((a) => a.id === id);
      return article ? { step: 'saved', article } : { step: 'failed', article: null, siteName: null, problems: [t('annotateNotSaved', id)] };
    } finally {
      store.close();
    }
  } catch (error) {
    return { step: 'failed', article: null, siteName: null, problems: problemsOf(error) };
  }
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
  await sendToBackground('reader-evidence-changed', {}).catch(() => undefined);
}

function AddArticlePage() {
  const [state, setState] = useState<AddArticleState>(tabId || savedId ? { step: 'loading' } : { step: 'paste' });
  useEffect(() => {
    if (savedId) void readSaved(savedId).then(setState);
    else if (tabId) void readTab(tabId).then(setState);
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
    >
      {state.step === 'saved' && (
        <Annotate
          article={state.article}
          claims={claimChoices}
          onAdd={async (draft) => {
            const { saved, problems } = await saveItem(state.article, draft);
            if (saved) setState({ step: 'saved', article: saved });
            return problems;
          }}
        />
      )}
    </AddArticle>
  );
}

document.title = t('addArticleTitle');
document.documentElement.lang = uiLanguage();
render(<AddArticlePage />, document.getElementById('root') ?? document.body);
