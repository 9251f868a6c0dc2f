/** @module text: normalisation and segmentation. */
export { analyze, type AnalyzeOptions } from './analyze.js';
export { countWords } from './count-words.js';
export { detectLanguage } from './language.js';
export { fold } from './fold.js';
export { segmentSentences } from './segment.js';
export { stemmerFor, type Stemmer } from './stem.js';
export { stopwordsFor } from './stopwords.js';
