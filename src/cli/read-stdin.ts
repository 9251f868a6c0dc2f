/**
 * @module cli/read-stdin
 * All of standard input as bytes: decoding and format detection belong to the extract stage.
 */

export async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
