import { render } from 'preact';

function Popup() {
  return <main>Model Lens</main>;
}

render(<Popup />, document.getElementById('app')!);
