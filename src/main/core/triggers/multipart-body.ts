import type { KeyValue } from '@shared/trigger-preset';

/** A multipart/form-data body as fetch would send it, with the Content-Type naming its boundary. */
export async function multipartBody(fields: readonly KeyValue[]): Promise<{ contentType: string; body: Uint8Array }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const serialised = new Response(form);
  const contentType = serialised.headers.get('Content-Type');
  if (!contentType) throw new Error('FormData serialised without a Content-Type');
  return { contentType, body: new Uint8Array(await serialised.arrayBuffer()) };
}
