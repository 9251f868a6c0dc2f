// The compare worker when the server runs from TypeScript sources under tsx (tests, `npm run bench`):
// a worker thread gets no TypeScript loader of its own, so this registers tsx's before loading it.
// dist/ runs compare-worker.js directly.
import { register } from 'tsx/esm/api';

register();
const { default: compareInWorker } = await import('./compare-worker.ts');
export default compareInWorker;
