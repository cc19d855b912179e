import { render } from 'preact';

function Stakeholders() {
  return <main><h1>Stakeholders</h1></main>;
}

render(<Stakeholders />, document.getElementById('root') ?? document.body);
