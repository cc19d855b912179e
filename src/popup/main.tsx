import { render } from 'preact';
import { t } from '../platform/browser';

function Popup() {
  return (
    <main>
      <h1>{t('extName')}</h1>
    </main>
  );
}

render(<Popup />, document.getElementById('root') ?? document.body);
