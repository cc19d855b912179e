/**
 * "Add this article to my evidence": the reader reviews what will be stored — the text exactly
 * as it will be saved, and the facts the page states (unknown ones say so) — before saving.
 * A text can also be pasted or a .txt file dropped or chosen. Everything is shown as text.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ReaderArticle } from '../data/evidence-file';
import { paragraphsOf } from '../data/article-text';
import { t } from '../platform/i18n';
import { ProblemList } from './ProblemList';

export type AddArticleState =
  | { step: 'loading' }
  | { step: 'paste'; error?: string }
  | { step: 'review'; article: ReaderArticle; siteName: string | null }
  | { step: 'saving'; article: ReaderArticle; siteName: string | null }
  | { step: 'saved'; article: ReaderArticle }
  | { step: 'failed'; article: ReaderArticle | null; siteName: string | null; problems: string[] };

export interface AddArticleProps {
  state: AddArticleState;
  onSave: (article: ReaderArticle) => void;
  onText: (text: string) => void;
  onPaste: () => void;
  /** Shown under the saved article: its annotation. */
  children?: ComponentChildren;
}

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd class={value ? undefined : 'unknown'}>{value ?? t('addArticleUnknown')}</dd>
    </>
  );
}

function Review({ article, siteName }: { article: ReaderArticle; siteName: string | null }) {
  const { source } = article.annotations;
  const paragraphs = paragraphsOf(article.text);
  return (
    <>
      <dl class="facts">
        <Fact label={t('addArticleTitleLabel')} value={source.title} />
        <Fact label={t('addArticleOutletLabel')} value={source.outlet} />
        <Fact label={t('addArticleDateLabel')} value={source.date} />
        <Fact label={t('addArticleUrlLabel')} value={source.url} />
      </dl>
      {siteName && !source.outlet && <p class="note">{t('addArticleSiteNotInText', siteName)}</p>}
      <h2>{t('addArticleTextHeading')}</h2>
      <p class="note">{t('addArticleTextRule')}</p>
      <div class="article" data-testid="article-text">
        {paragraphs.map((p) => (
          <p key={p.start}>{article.text.slice(p.start, p.end)}</p>
        ))}
      </div>
    </>
  );
}

function PasteForm({ onText, error }: { onText: (text: string) => void; error?: string }) {
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);
  const readFile = (file: File | undefined) => {
    if (file) void file.text().then(onText);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onText(text);
      }}
    >
      <label for="pasted">{t('addArticlePasteLabel')}</label>
      <textarea
        id="pasted"
        class={over ? 'drop-target over' : 'drop-target'}
        rows={12}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          readFile(event.dataTransfer?.files[0]);
        }}
      />
      <p>
        <label for="txt-file">{t('addArticleFileLabel')}</label>{' '}
        <input id="txt-file" type="file" accept=".txt,text/plain" onChange={(event) => readFile(event.currentTarget.files?.[0])} />
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary">
        {t('addArticleReview')}
      </button>
    </form>
  );
}

export function AddArticle({ state, onSave, onText, onPaste, children }: AddArticleProps) {
  return (
    <main>
      <h1>{t('addArticleHeading')}</h1>
      <p class="note">{t('addArticleWhatIsRead')}</p>
      {state.step === 'loading' && <p role="status">{t('addArticleLoading')}</p>}
      {state.step === 'paste' && <PasteForm onText={onText} error={state.error} />}
      {(state.step === 'review' || state.step === 'saving') && (
        <>
          <Review article={state.article} siteName={state.siteName} />
          <p class="actions">
            <button type="button" class="primary" disabled={state.step === 'saving'} onClick={() => onSave(state.article)}>
              {t('addArticleSave')}
            </button>{' '}
            <button type="button" class="secondary" onClick={onPaste}>
              {t('addArticlePasteInstead')}
            </button>
          </p>
        </>
      )}
      {state.step === 'saved' && (
        <p role="status" class="saved">
          {t('addArticleSaved', state.article.annotations.source.title ?? state.article.id)}
        </p>
      )}
      {state.step === 'failed' && (
        <>
          <ProblemList lead={t('addArticleFailed')} problems={state.problems} />
          {state.article && <Review article={state.article} siteName={state.siteName} />}
          <p class="actions">
            <button type="button" class="secondary" onClick={onPaste}>
              {t('addArticlePasteInstead')}
            </button>
          </p>
        </>
      )}
      {children}
    </main>
  );
}
