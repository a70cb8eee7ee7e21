import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import original from './fixtures/original-folder-exports.json' with { type: 'json' };
import { metaProject, run, typeCheck } from './packed.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const ORIGINAL_DIST = resolve(ROOT, 'bench/node_modules/sipgateio-original/dist');

type Folder = keyof typeof original.folders;
const folders = Object.keys(original.folders) as Folder[];

/**
 * Names of the original's folders that `sipgateio/dist/<folder>` does not export: the original's wire shapes
 * (`…DTO`, raw API responses), its HTTP client's types and internal helpers. The package README's migration
 * section lists them; the tests fail when this is not exactly what is missing, so it can only shrink.
 */
const NOT_PROVIDED: Partial<Record<Folder, string[]>> = {
  call: ['CallDTO'],
  core: ['ErrorMessage', 'HttpError', 'HttpRequestConfig', 'HttpResponse', 'UserInfo', 'handleCoreError'],
  devices: ['ActiveRouting'],
  fax: ['FaxDTO', 'FaxlinesResponse', 'HistoryFaxResponse'],
  history: [
    'HistoryEntryUpdateOptionsWithId',
    'HistoryFilterDTO',
    'HistoryResponse',
    'HistoryResponseItem',
    'StarredDTO',
  ],
  rtcm: ['RTCMCallsResponse'],
  sms: ['ShortMessageDTO', 'containsPhoneNumber', 'getSmsCallerIds', 'getUserSmsExtension'],
  webhook: ['WebhookHandlers', 'serverAddressesMatch'],
};

/** The names of `names` (of the original's `folder`) that `sipgateio/dist/<folder>` exports. */
const provided = (folder: Folder, names: string[]) =>
  names.filter((name) => !NOT_PROVIDED[folder]?.includes(name));

/** The value and type names a .d.ts entry point exports, as the TypeScript checker sees them. */
function exportsOf(files: string[]): { values: string[]; types: string[] }[] {
  const program = ts.createProgram(files, { skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  return files.map((file) => {
    const module = checker.getSymbolAtLocation(program.getSourceFile(file) as ts.SourceFile) as ts.Symbol;
    const values: string[] = [];
    const types: string[] = [];
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
    }
    return { values: values.sort(), types: types.sort() };
  });
}

describe('the list of the original folder exports (fixture)', () => {
  it.skipIf(!existsSync(ORIGINAL_DIST))('matches sipgateio 2.15 as installed in bench/', () => {
    const found = exportsOf(folders.map((folder) => join(ORIGINAL_DIST, folder, 'index.d.ts')));
    expect(Object.fromEntries(folders.map((folder, index) => [folder, found[index]]))).toEqual(
      original.folders,
    );
  });
});

/** A consumer file of one folder: every type imported as a type, every value imported and used as a value. */
function consumerOf(folder: Folder): string {
  const { values, types } = original.folders[folder];
  const specifier = `sipgateio/dist/${folder}`;
  return [
    `import type { ${provided(folder, types).join(', ')} } from '${specifier}';`,
    `import { ${provided(folder, values).join(', ')} } from '${specifier}';`,
    `export const values = [${provided(folder, values).join(', ')}] as const;`,
    '',
  ].join('\n');
}

// The resolutions the TypeScript consumer test covers; node16 sees both ESM (.mts) and CommonJS (.cts) files.
const resolutions = [
  { resolution: 'node16', module: 'node16', extensions: ['mts', 'cts'] },
  { resolution: 'bundler', module: 'esnext', extensions: ['ts'] },
  { resolution: 'node10', module: 'commonjs', extensions: ['ts'] },
];

describe('deep imports of the original layout (sipgateio/dist/<folder>) from the installed tarball', () => {
  let project = '';
  beforeAll(async () => {
    project = await metaProject();
  });

  it.each(['import', 'require'])(
    'every folder loads with %s, with the original values and no others',
    async (loader) => {
      const load =
        loader === 'import'
          ? 'async (specifier) => import(specifier)'
          : `async (specifier) => (await import('node:module')).createRequire(process.cwd() + '/')(specifier)`;
      const script = `const load = ${load};
const names = {};
for (const folder of ${JSON.stringify(folders)}) names[folder] = Object.keys(await load('sipgateio/dist/' + folder)).sort();
console.log(JSON.stringify(names));`;
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });

      const loaded: Record<Folder, string[]> = JSON.parse(stdout);

      for (const folder of folders) {
        const { values, types } = original.folders[folder];
        expect(
          provided(folder, values).filter((name) => !loaded[folder].includes(name)),
          folder,
        ).toEqual([]);
        // A few of the original's type-only names are a const object plus a type here (`DeviceType`).
        const known = [...values, ...types];
        expect(
          loaded[folder].filter((name) => !known.includes(name)),
          folder,
        ).toEqual([]);
      }
    },
  );

  it.each(resolutions)(
    'every folder type-checks with moduleResolution $resolution',
    async ({ resolution, module, extensions }) => {
      const dir = join(project, `deep-imports-${resolution}`);
      await mkdir(dir, { recursive: true });
      for (const folder of folders) {
        for (const extension of extensions) {
          await writeFile(join(dir, `${folder}.${extension}`), consumerOf(folder));
        }
      }
      const output = await typeCheck(dir, {
        module,
        moduleResolution: resolution,
        include: extensions.map((extension) => `*.${extension}`),
      });

      expect(output).toBe('');
    },
  );
});
