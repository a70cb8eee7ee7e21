import { format, inspect } from 'node:util';

/** Everything an application could print or ship about a value: inspect, JSON, message, stack, causes. */
export function renderings(value: unknown): string[] {
  const texts = [inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true })];
  try {
    texts.push(JSON.stringify(value) ?? '');
  } catch {
    // Circular structures cannot be serialised; inspect covers them.
  }
  if (value instanceof Error) {
    texts.push(String(value), value.stack ?? '', format('%s %o', value, value));
    for (let cause: unknown = value.cause; cause !== undefined; cause = (cause as Error)?.cause) {
      texts.push(...renderings(cause));
    }
  }
  return texts;
}

/** Lines naming each secret found in `texts` (by its first characters only). */
export function leaksIn(label: string, texts: readonly string[], secrets: readonly string[]): string[] {
  const leaks: string[] = [];
  for (const text of texts) {
    for (const secret of secrets) {
      if (text.includes(secret))
        leaks.push(`${label} contains ${secret.slice(0, 6)}…: ${text.slice(0, 200)}`);
    }
  }
  return leaks;
}
