/** My evidence page entry: reads the reader's store, and writes every change back through it. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { dataset } from '../data/dataset';
import type { Stakeholder } from '../data/dataset-schema';
import type { ReaderArticle } from '../data/evidence-file';
import { mergeCandidates, readerArticleOf, withReaderEvidence, type ReaderView } from '../data/reader-dataset';
import { clearEvidenceStore, openEvidenceStore, type EvidenceChoices, type EvidenceStore } from '../platform/evidence-store';
import { t, tCount, uiLanguage } from '../platform/i18n';
import { sendToBackground } from '../platform/messages';
import { MyEvidence, type MyEvidenceProps } from './MyEvidence';
import { problemsOf } from './ProblemList';
import '../ui/page.css';
import './sources.css';
import './add-article.css';

interface Loaded {
  articles: ReaderArticle[];
  choices: EvidenceChoices;
  view: ReaderView;
}

async function withStore<T>(use: (store: EvidenceStore) => Promise<T>): Promise<T> {
  const store = await openEvidenceStore();
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

async function load(): Promise<Loaded> {
  return withStore(async (store) => {
    const [{ articles }, choices] = await Promise.all([store.list(), store.choices()]);
    // Switched-off articles still take part in merges: the view here reads them all.
    const view = await withReaderEvidence(dataset, articles, { switchedOff: [], merges: choices.merges });
    return { articles, choices, view };
  });
}

function MyEvidencePage() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [outcome, setOutcome] = useState<MyEvidenceProps['outcome']>(null);
  const [exportUrl, setExportUrl] = useState<string | null>(null);
  const reload = () =>
    load().then(setLoaded, (error: unknown) => {
      setLoaded({ articles: [], choices: { switchedOff: [], merges: [] }, view: { data: dataset, mine: new Set(), sameVoice: new Map(), problems: [] } });
      setOutcome({ problems: problemsOf(error) });
    });
  useEffect(() => void reload(), []);
  /** Runs a change, reports it, tells the background and shows the store as it now is. */
  const change = (action: () => Promise<string | null>) => {
    action()
      .then(
        (status) => setOutcome(status ? { status } : null),
        (error: unknown) => setOutcome({ problems: problemsOf(error) }),
      )
      .finally(() => {
        void sendToBackground('reader-evidence-changed', {}).catch(() => undefined);
        void reload();
      });
  };
  if (!loaded) return <p role="status">{t('addArticleLoading')}</p>;
  const { articles, choices, view } = loaded;
  const byId = new Map(view.data.stakeholders.map((s) => [s.id, s]));
  const whereMet = (s: Stakeholder) => {
    const article = articles.find((a) => a.id === readerArticleOf(s.id));
    return article ? (article.annotations.source.title ?? article.id) : t('myEvidenceBundled');
  };
  return (
    <MyEvidence
      articles={articles}
      switchedOff={new Set(choices.switchedOff)}
      offers={mergeCandidates(view.data, view.sameVoice)}
      merged={[...view.sameVoice].flatMap(([from, into]) => (byId.has(from) && byId.has(into) ? [{ from: byId.get(from)!, into: byId.get(into)! }] : []))}
      whereMet={whereMet}
      outcome={outcome}
      exportUrl={exportUrl}
      onSwitch={(id, on) => change(() => withStore((store) => store.setSwitchedOff(id, !on)).then(() => null))}
      onDelete={(id) => change(() => withStore((store) => store.remove(id)).then(() => t('myEvidenceDeleted')))}
      onMerge={(from, into) => change(() => withStore((store) => store.setMerge(from, into)).then(() => null))}
      onExport={() =>
        change(async () => {
          const content = await withStore((store) => store.exportFile());
          if (exportUrl) URL.revokeObjectURL(exportUrl);
          setExportUrl(URL.createObjectURL(new Blob([content], { type: 'application/json' })));
          return tCount('myEvidenceExported', articles.length);
        })
      }
      onImport={(file) =>
        change(async () => {
          const imported = await withStore(async (store) => store.importFile(file.name, await file.text()));
          return tCount('myEvidenceImported', imported.length, file.name);
        })
      }
      onClear={() => change(() => clearEvidenceStore().then(() => t('myEvidenceCleared')))}
    />
  );
}

document.title = t('myEvidenceTitle');
document.documentElement.lang = uiLanguage();
render(<MyEvidencePage />, document.getElementById('root') ?? document.body);
