/** @module report: CompareReport (the `compare --json` contract) and its terminal and HTML renderings. */
export { CompareReportSchema, type CompareReport, type ReportFact, type ReportPassage, type ReportSide } from './compare-report.js';
export { renderTerminal, type TerminalOptions } from './render-terminal.js';
export { renderHtml } from './render-html.js';
export { segmentSpans, locateFact, type MarkedRange, type Run } from './segment-spans.js';
export { escapeHtml } from './escape-html.js';
export { factReason } from './fact-note.js';
