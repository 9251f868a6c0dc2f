/**
 * @module server/app
 * The HTTP surface: JSON API under /api and the web UI as static files. Handlers validate with the
 * zod schemas of `schemas.ts`, call `Services`, and answer JSON; all errors go through `onError`.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { z } from 'zod';
import { ApiError, errorBody, toApiError, validationError } from './api-error.js';
import { checkDocumentCount, limitsWith, type ServerLimits } from './limits.js';
import { openApiDocument } from './openapi.js';
import { ArticleInput, ArticleList, ClustersQuery, CompareRequest, IngestRequest, ListQuery, SearchQuery, TraceQuery } from './schemas.js';
import type { Services } from './services.js';
import { readStatic, staticTable } from './static-files.js';

export interface AppOptions {
  /** Body size and documents per request; the defaults of `limits.ts` where absent. */
  readonly limits?: Partial<ServerLimits>;
  readonly version?: string;
  /** Where the UI files live (default `web/` of the repository). */
  readonly webDir?: string;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, where);
  return result.data;
}

async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', `send the body as application/json (got ${type ? JSON.stringify(type) : 'no content type'})`);
  }
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'the body is not valid JSON');
  }
}

const notFound = (what: string) => new ApiError(404, 'not_found', what);

export function createApp(services: Services, options: AppOptions = {}): Hono {
  const { maxBodyBytes, maxDocumentsPerRequest } = limitsWith(options.limits);
  const version = options.version ?? '0.1.0';
  const files = staticTable(options.webDir);
  const app = new Hono();

  app.use(
    secureHeaders({
      // The UI has no inline script or style and builds the DOM with textContent only; Trusted Types
      // make any string-to-HTML sink throw, so a slip cannot become an injection.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        requireTrustedTypesFor: ["'script'"],
        trustedTypes: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `the request body is over the limit of ${maxBodyBytes} bytes`);
      },
    }),
  );

  app.post('/api/compare', async (c) => {
    const request = parse(CompareRequest, await jsonBody(c), 'compare request');
    return c.json(await services.compare(request));
  });

  app.post('/api/documents', async (c) => {
    const body = await jsonBody(c);
    // Validated by shape rather than as the union, so an error names the article and field at fault.
    const articles = Array.isArray(body)
      ? parse(ArticleList, body, 'documents')
      : body && typeof body === 'object' && 'documents' in body
        ? parse(IngestRequest.options[2], body, 'documents').documents
        : [parse(ArticleInput, body, 'document')];
    checkDocumentCount(articles.length, maxDocumentsPerRequest);
    return c.json(await services.ingestDocuments(articles));
  });

  app.get('/api/documents', async (c) => {
    const { after, limit } = parse(ListQuery, c.req.query(), 'query');
    const documents = await services.listDocuments({ after, limit });
    return c.json({ documents, next: documents.length === limit ? documents[documents.length - 1].id : null });
  });

  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id');
    const doc = await services.getDocument(id);
    if (!doc) throw notFound(`no document with id ${JSON.stringify(id)}`);
    return c.json(doc);
  });

  app.get('/api/documents/:id/trace', async (c) => {
    const id = c.req.param('id');
    const { limit } = parse(TraceQuery, c.req.query(), 'query');
    const result = await services.trace(id, { limit });
    if (!result) throw notFound(`no document with id ${JSON.stringify(id)}`);
    return c.json(result);
  });

  app.get('/api/clusters', async (c) => {
    const { minSize, limit } = parse(ClustersQuery, c.req.query(), 'query');
    return c.json({ clusters: await services.clusters({ minSize, limit }) });
  });

  app.get('/api/search', async (c) => {
    const { q, limit } = parse(SearchQuery, c.req.query(), 'query');
    return c.json({ query: q, hits: await services.search(q, limit) });
  });

  app.get('/api/health', async (c) => c.json(await services.health()));
  app.get('/api/examples/seed', async (c) => c.json(await services.example()));

  const openapi = openApiDocument(version);
  app.get('/api/openapi.json', (c) => c.json(openapi));

  app.all('/api/*', (c) => {
    throw notFound(`no API route ${c.req.method} ${c.req.path}`);
  });

  app.get('*', (c) => {
    const entry = files.get(c.req.path);
    const body = entry ? readStatic(entry) : null;
    if (!entry || !body) return c.text('not found', 404);
    return c.body(new Uint8Array(body), 200, { 'content-type': entry.type, 'cache-control': 'no-cache' });
  });

  app.onError((error, c) => {
    const apiError = toApiError(error);
    // Only the unexpected is logged: busy and over-budget answers are the limits working.
    if (apiError.status === 500) console.error('newstrace serve:', error);
    // The rest of an oversized body is never read, so the connection cannot carry another request.
    const headers = apiError.status === 413 ? { connection: 'close' } : undefined;
    return c.json(errorBody(apiError), apiError.status, headers);
  });

  return app;
}
