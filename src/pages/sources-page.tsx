/** Sources page entry: shows the item named after `#`, and follows the address as it changes. */
import { render } from 'preact';
import { formatProblem } from '../data/dataset-error';
import type { ReaderView } from '../data/reader-dataset';
import { t, uiLanguage } from '../platform/i18n';
import { loadReaderView } from './reader-view';
import { Sources } from './Sources';
import '../ui/page.css';
import './sources.css';

function currentId(view: ReaderView): string | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return view.data.evidence.some((e) => e.id === id) ? id : null;
}

function draw(view: ReaderView): void {
  render(
    <Sources data={view.data} mine={view.mine} problems={view.problems.map((p) => formatProblem(p).trim())} currentId={currentId(view)} />,
    document.getElementById('root') ?? document.body,
  );
}

document.title = t('sourcesTitle');
document.documentElement.lang = uiLanguage();
void loadReaderView().then((view) => {
  addEventListener('hashchange', () => draw(view));
  draw(view);
});
