import { serializeQuery } from '@sipgateio/core';

/**
 * Longest path plus query string (`/history?id=…&id=…`) of one bulk DELETE. Together with a base URL of up
 * to 200 characters every URL stays within 2,000 characters, a length every proxy and server accepts;
 * with the default base URL (`https://api.sipgate.com/v2`, 26 characters) a URL is at most 1,826.
 */
export const MAX_DELETE_PATH_LENGTH = 1800;

/**
 * Splits ids into groups whose `path?id=a&id=b…` stays within `maxLength` characters after
 * percent-encoding. An id too long to share a request gets one of its own.
 */
export function chunkIdsByUrlLength(
  ids: readonly string[],
  path: string,
  maxLength: number = MAX_DELETE_PATH_LENGTH,
): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = path.length + 1;
  for (const id of ids) {
    // `id=<encoded>` plus the `&` that joins it to the previous pair.
    const pairLength = serializeQuery({ id }).length + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && length + pairLength > maxLength) {
      chunks.push(current);
      current = [];
      length = path.length + 1;
      length += pairLength - 1;
    } else {
      length += pairLength;
    }
    current.push(id);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
