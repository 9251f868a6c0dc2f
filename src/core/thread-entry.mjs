// A piscina worker's entry when running from the TypeScript sources (tests and scripts under tsx): a
// worker thread does not inherit tsx's loader (privatenumber/tsx#354), so it is registered here before
// the module the pool named in its workerData is loaded. dist/ starts the compiled module directly.
import { workerData } from 'piscina';
import { register } from 'tsx/esm/api';

register();
export default (await import(workerData.module)).default;
