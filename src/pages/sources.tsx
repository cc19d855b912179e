import { render } from 'preact';

function Sources() {
  return <main><h1>Sources</h1></main>;
}

render(<Sources />, document.getElementById('root') ?? document.body);
