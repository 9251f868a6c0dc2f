/**
 * @module server/openapi
 * The OpenAPI 3.1 document, generated from the zod schemas the routes validate with. OpenAPI 3.1
 * schema objects are JSON Schema 2020-12, which is zod's default target, so no translation is needed.
 */
import { z } from 'zod';
import { ClustersQuery, ListQuery, SearchQuery, TraceQuery, apiSchemas } from './schemas.js';

type Json = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const error = (description: string) => json('Error', description);

/** Query parameters straight from the zod object that parses them. */
function queryParameters(schema: z.ZodObject): Json[] {
  const shape = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, Json>; required?: string[] };
  return Object.entries(shape.properties).map(([name, s]) => ({
    name,
    in: 'query',
    required: shape.required?.includes(name) ?? false,
    schema: s,
  }));
}

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

function components(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(apiSchemas, { io: 'input', uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Json>;
  };
  // Each entry is embedded in one document, so the per-schema dialect and id markers are noise.
  for (const s of Object.values(schemas)) {
    delete s.$schema;
    delete s.$id;
  }
  return schemas;
}

export function openApiDocument(version: string): Json {
  const badRequest = error('The request does not match the schema; the message names the fields');
  return {
    openapi: '3.1.0',
    info: {
      title: 'newstrace',
      version,
      description: 'Where a news text came from, what the retelling changed, and what it added that its source does not support.',
    },
    paths: {
      '/api/compare': {
        post: {
          summary: 'Compare a source with a derivative (same result as `newstrace compare --json`)',
          requestBody: { required: true, content: { 'application/json': { schema: ref('CompareRequest') } } },
          responses: {
            200: json('CompareReport', 'The comparison report'),
            400: badRequest,
            413: error('The body is over the size limit'),
            415: error('The body is not JSON'),
            422: error('A text has more words than the limit per text (`too_many_words`)'),
            503: error('The comparison ran over the time budget and was stopped (`over_time_budget`), or too many are waiting (`server_busy`)'),
          },
        },
      },
      '/api/documents': {
        get: {
          summary: 'The stored documents in id order, a page at a time',
          parameters: queryParameters(ListQuery),
          responses: { 200: json('DocumentList', 'One page of documents'), 400: badRequest },
        },
        post: {
          summary: 'Add one article, an array of them, or {documents: [...]} to the index',
          requestBody: { required: true, content: { 'application/json': { schema: ref('IngestRequest') } } },
          responses: {
            200: json('IngestResponse', 'What happened to each article, in input order'),
            400: badRequest,
            413: error('The body is over the size limit, or holds more documents than allowed per request (`too_many_documents`)'),
            415: error('The body is not JSON'),
            422: error('An article, or the request as a whole, has more words than allowed (`too_many_words`)'),
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'One stored document with its cleaned text',
          parameters: [idParameter],
          responses: { 200: json('Document', 'The document'), 404: error('No document has this id') },
        },
      },
      '/api/documents/{id}/trace': {
        get: {
          summary: "A document's likely sources and derivatives in the index",
          parameters: [idParameter, ...queryParameters(TraceQuery)],
          responses: { 200: json('TraceResponse', 'Sources and derivatives'), 404: error('No document has this id') },
        },
      },
      '/api/clusters': {
        get: {
          summary: 'Story clusters with their derived-from graphs',
          parameters: queryParameters(ClustersQuery),
          responses: { 200: json('ClustersResponse', 'The clusters, largest first'), 400: badRequest },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over titles and texts',
          parameters: queryParameters(SearchQuery),
          responses: { 200: json('SearchResponse', 'Best matches first'), 400: badRequest },
        },
      },
      '/api/examples/seed': {
        get: { summary: 'The example pair of the Compare page', responses: { 200: json('CompareRequest', 'A source and a rewrite of it') } },
      },
      '/api/health': { get: { summary: 'Liveness and index size', responses: { 200: json('HealthResponse', 'Up') } } },
    },
    components: { schemas: components() },
  };
}
