import { render } from 'preact';
import { paragraphsOf } from '../data/article-text';
import { dataset } from '../data/dataset';

function Sources() {
  return (
    <main>
      <h1>Sources</h1>
      {dataset.sources.map((source) => (
        <article key={source.id} id={source.id}>
          {paragraphsOf(source.text).map(({ start, end }) => <p key={start}>{source.text.slice(start, end)}</p>)}
        </article>
      ))}
    </main>
  );
}

render(<Sources />, document.getElementById('root') ?? document.body);
