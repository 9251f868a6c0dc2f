/**
 * @module server/schemas
 * Request schemas validate what the API accepts; response schemas describe what it returns. Both
 * are registered under an id in `apiSchemas`, from which the OpenAPI document is generated, so the
 * documentation cannot drift from the validation.
 */
import { z } from 'zod';
import { RELATIONS } from '../core/types.js';
import { looksBinary } from '../extract/index.js';
import { CompareReportSchema as ReportSchema } from '../report/compare-report.js';

export const apiSchemas = z.registry<{ id: string }>();

function named<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}

/** Every string of a request: refused as binary by the rule the CLI applies to files. */
const str = () =>
  z.string().refine((value) => !looksBinary(value), { message: 'binary data, not text (a NUL or control characters)', params: { code: 'binary_input' } });
const text = str().min(1, 'must not be empty');
const label = str().max(200).optional();

export const CompareRequest = named(
  'CompareRequest',
  z.object({
    source: text.describe('The source: plain text or an HTML page'),
    derivative: text.describe('The retelling to check against the source: plain text or an HTML page'),
    sourceLabel: label.describe('Shown as the name of the source, e.g. its file name'),
    derivativeLabel: label.describe('Shown as the name of the derivative'),
  }),
);
export type CompareRequest = z.infer<typeof CompareRequest>;

export const ArticleInput = named(
  'ArticleInput',
  z
    .object({
      id: str().min(1).max(500).optional().describe('Your id for the article; generated when absent'),
      url: str().max(2000).optional(),
      title: str().max(1000).optional(),
      text: str().optional().describe('Plain text of the article (this or html)'),
      html: str().optional().describe('The HTML page of the article (this or text)'),
      published: str().max(100).optional().describe('Publication date, ISO 8601'),
      outlet: str().max(200).optional(),
      language: str().max(20).optional().describe('Declared language (BCP 47); detected when absent'),
    })
    .refine((a) => Boolean(a.text?.trim() || a.html?.trim()), { message: 'needs a non-empty text or html', path: ['text'] }),
);
export type ArticleInput = z.infer<typeof ArticleInput>;

// How many articles one request may hold is a server limit (`limits.ts`), answered with 413.
export const ArticleList = z.array(ArticleInput).min(1);

export const IngestRequest = named('IngestRequest', z.union([ArticleInput, ArticleList, z.object({ documents: ArticleList })]));
export type IngestRequest = z.infer<typeof IngestRequest>;

export const SearchQuery = z.object({
  q: str().trim().min(1, 'must not be empty').max(500),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ListQuery = z.object({
  after: z.string().min(1).max(500).optional().describe('Last id of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ClustersQuery = z.object({
  minSize: z.coerce.number().int().min(2).max(1000).default(2),
});

export const TraceQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

const relation = z.enum(RELATIONS);

export const CompareReportSchema = named('CompareReport', ReportSchema);

const documentFields = {
  id: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  title: z.string().nullable(),
  language: z.string(),
};

export const DocumentSchema = named(
  'Document',
  z.object({ ...documentFields, path: z.string().nullable(), text: z.string(), contentHash: z.string(), ingestedAt: z.string() }),
);

export const DocumentSummary = named('DocumentSummary', z.object(documentFields));

export const DocumentList = named(
  'DocumentList',
  z.object({ documents: z.array(DocumentSummary), next: z.string().nullable().describe('Pass as `after` for the next page') }),
);

export const IngestResponse = named(
  'IngestResponse',
  z.object({
    documents: z.array(z.object({
      id: z.string(),
      outcome: z.enum(['inserted', 'unchanged', 'updated', 'skipped']).describe('`skipped`: the id was already given earlier in the same request'),
      reason: z.string().optional(),
      edges: z.number().int().describe('Links found for this document'),
    })),
    edges: z.number().int().describe('Derived-from and same-story links found while ingesting'),
  }),
);

export const TraceLink = named(
  'TraceLink',
  z.object({
    document: DocumentSummary,
    relation,
    score: z.number(),
    sourceCoverage: z.number(),
    derivativeCoverage: z.number(),
    passages: z.number().int().optional().describe('Aligned (copied or paraphrased) passages between the two'),
    firstFacts: z
      .array(z.object({ status: z.string(), type: z.string(), source: z.string().nullable(), derivative: z.string().nullable(), note: z.string() }))
      .optional()
      .describe('The first changed, unsupported or dropped facts, source -> derivative'),
  }),
);

export const TraceResponse = named(
  'TraceResponse',
  z.object({
    document: DocumentSummary,
    sources: z.array(TraceLink).describe('Documents this one was likely derived from'),
    derivatives: z.array(TraceLink).describe('Documents likely derived from this one'),
    related: z.array(TraceLink).describe('Same story, or reuse whose direction is unknown'),
  }),
);

export const StoryCluster = named(
  'StoryCluster',
  z.object({
    id: z.string(),
    origin: z.string().nullable().describe('Id of the earliest source of the story, when one can be named'),
    documents: z.array(DocumentSummary),
    edges: z.array(z.object({ from: z.string(), to: z.string(), relation, score: z.number() })).describe('Derived-from links, source -> derivative'),
  }),
);

export const ClustersResponse = named('ClustersResponse', z.object({ clusters: z.array(StoryCluster) }));

export const SearchResponse = named(
  'SearchResponse',
  z.object({
    query: z.string(),
    hits: z.array(z.object({ id: z.string(), title: z.string().nullable(), snippet: z.string(), score: z.number() })),
  }),
);

export const HealthResponse = named(
  'HealthResponse',
  z.object({ status: z.literal('ok'), version: z.string(), store: z.string(), documents: z.number().int() }),
);

export const ErrorResponse = named(
  'Error',
  z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
);
