/** Stakeholders overview entry. */
import { render } from 'preact';
import { t, uiLanguage } from '../platform/i18n';
import { loadReaderView } from './reader-view';
import { Stakeholders } from './Stakeholders';
import '../ui/page.css';
import './sources.css';

document.title = t('stakeholdersTitle');
document.documentElement.lang = uiLanguage();
void loadReaderView().then((view) =>
  render(<Stakeholders data={view.data} sameVoice={view.sameVoice} mine={view.mine} />, document.getElementById('root') ?? document.body),
);
