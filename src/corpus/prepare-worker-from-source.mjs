// The prepare pool's worker entry when running from source (tests and scripts under tsx): a worker
// thread does not inherit tsx's loader (privatenumber/tsx#354), so it is registered here before the
// TypeScript worker is loaded. The built dist/ starts prepare-worker.js directly.
import { register } from 'tsx/esm/api';

register();
export default (await import('./prepare-worker.ts')).default;
