/** @module audit: facts of a text and how they fared in a retelling. */
export { auditFacts } from './audit-facts.js';
export { extractFacts } from './extract-facts.js';
