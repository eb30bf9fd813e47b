import type { BodyBytes, BodyPart } from '@shared/delivery';

/**
 * getBodyBytes over the web face's raw route: the bytes arrive as an ArrayBuffer that the browser's network
 * stack fills, so the page never parses base64 or a JSON list of numbers.
 */
export async function fetchBodyBytes(
  token: string,
  describeFailure: (response: Response) => Promise<string>,
  id: number,
  part: BodyPart,
  offset = 0,
  limit: number | null = null,
): Promise<BodyBytes | null> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (offset > 0 || limit !== null) headers.Range = `bytes=${offset}-${limit === null ? '' : offset + limit - 1}`;
  const response = await fetch(`/api/body/${encodeURIComponent(id)}/${encodeURIComponent(part)}`, { headers });
  if (response.status === 404) {
    const answer = (await response.clone().json().catch(() => ({}))) as { missing?: string };
    if (answer.missing !== undefined) return null;
  }
  if (!response.ok) throw new Error(await describeFailure(response));
  const bytes = new Uint8Array(await response.arrayBuffer());
  const contentRange = /^bytes (\d+)-\d+\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '');
  if (contentRange) return { offset: Number(contentRange[1]), size: Number(contentRange[2]), bytes };
  // 200: the whole body (or an empty one, which has no range to name).
  return { offset: 0, size: bytes.byteLength, bytes };
}
