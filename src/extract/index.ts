/** @module extract: bytes or text of one document to clean article text and metadata. */
export { decodeBytes, looksBinary } from './decode.js';
export { extract, detectFormat, prependTitle, type ExtractOptions } from './extract.js';
export { cleanText, type CleanedText, type CleanTextOptions } from './clean-text.js';
export { readDocumentFile, type ReadDocumentIo } from './read-document.js';
export { MAX_DOCUMENT_BYTES } from './limits.js';
export { normaliseDate, plainTitle } from './html-metadata.js';
