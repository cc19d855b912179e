/** Sources page entry: shows the item named after `#`, and follows the address as it changes. */
import { render } from 'preact';
import { dataset } from '../data/dataset';
import { t, uiLanguage } from '../platform/i18n';
import { Sources } from './Sources';
import '../ui/page.css';
import './sources.css';

function currentId(): string | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return dataset.evidence.some((e) => e.id === id) ? id : null;
}

function draw(): void {
  render(<Sources data={dataset} currentId={currentId()} />, document.getElementById('root') ?? document.body);
}

document.title = t('sourcesTitle');
document.documentElement.lang = uiLanguage();
addEventListener('hashchange', draw);
draw();
