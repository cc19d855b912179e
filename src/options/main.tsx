import { render } from 'preact';
import { t } from '../platform/browser';

function Options() {
  return (
    <main>
      <h1>{t('extName')}</h1>
    </main>
  );
}

render(<Options />, document.getElementById('root') ?? document.body);
