// A worker thread's entry (a piscina pool's or a plain one) when running from the TypeScript sources
// (tests and scripts under tsx): a worker thread does not inherit tsx's loader (privatenumber/tsx#354),
// so it is registered here before the module named in the thread's workerData is loaded. dist/ starts
// the compiled module directly.
import { workerData as plainData } from 'node:worker_threads';
import { workerData as piscinaData } from 'piscina';
import { register } from 'tsx/esm/api';

register();
// In a piscina worker the data given to the pool is piscina's to hand out; a plain thread has its own.
export default (await import((piscinaData ?? plainData).module)).default;
