/** Stakeholders overview entry. */
import { render } from 'preact';
import { dataset } from '../data/dataset';
import { t, uiLanguage } from '../platform/i18n';
import { Stakeholders } from './Stakeholders';
import '../ui/page.css';
import './sources.css';

document.title = t('stakeholdersTitle');
document.documentElement.lang = uiLanguage();
render(<Stakeholders data={dataset} />, document.getElementById('root') ?? document.body);
