import { render } from 'preact';

render(<main><h1>Safeguarding Companion — side panel</h1></main>, document.getElementById('app')!);
