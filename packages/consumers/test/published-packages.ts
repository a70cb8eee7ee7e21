import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const PACKAGES_DIR = resolve(import.meta.dirname, '../..');

export interface PublishedPackage {
  name: string;
  dir: string;
  platform: 'node' | 'neutral';
}

/** Every package of the workspace that is published (not private), read from packages/. */
export function publishedPackages(): PublishedPackage[] {
  return readdirSync(PACKAGES_DIR).flatMap((folder) => {
    const dir = resolve(PACKAGES_DIR, folder);
    let manifest: { name: string; private?: boolean; tsup?: { platform?: 'node' | 'neutral' } };
    try {
      manifest = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
    } catch {
      return [];
    }
    if (manifest.private) return [];
    return [{ name: manifest.name, dir, platform: manifest.tsup?.platform ?? 'neutral' }];
  });
}
