/**
 * @module web/api
 * Calls the JSON API of the same server; an error response becomes an Error carrying the server's
 * message, which pages show as is.
 */

export async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(path, init);
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new Error(data?.error?.message ?? `${response.status} ${response.statusText}`);
  return data;
}

export const getDocument = (id) => api(`/api/documents/${encodeURIComponent(id)}`);
export const getTrace = (id) => api(`/api/documents/${encodeURIComponent(id)}/trace`);
