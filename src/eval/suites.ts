/**
 * @module eval/suites
 * The registry `npm run eval` reads: every exported EvalSuite runs, in export-name order. To add a
 * suite, add one line: export { mySuite } from './path/to/my-suite.js';
 */
export { cloughSuite } from './suites/clough.js';
export { msrpSuite } from './suites/msrp.js';
export { pan13Suite } from './suites/pan13.js';
export { pan25Suite } from './suites/pan25.js';
export { devRewritesSuite } from './dev-rewrites.js';
export { churnalismSuite } from './clustering.js';
export { storiesSuite } from './stories/stories-suite.js';
