import { render } from 'preact';

render(<main><h1>Safeguarding Companion — options</h1></main>, document.getElementById('app')!);
