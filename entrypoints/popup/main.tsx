import { render } from 'preact';

render(<main><h1>Safeguarding Companion</h1></main>, document.getElementById('app')!);
