// Runs after tsup (`pnpm build`): rewrites the CommonJS entry points (dist/index.cjs, dist/<folder>/index.cjs) so
// that each feature package is required when one of its exports is first read, not when `sipgateio` is required.
// `require('sipgateio')` then reads one file; `const { sipgateIO, createSMSModule } = require('sipgateio')` loads
// core and sms only. The exports stay the same names, in the same order, bound to the same values: the script
// checks that against the file tsup built and fails the build otherwise. The ES module entry points are left as
// they are (static `export … from` has to link every package).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(import.meta.dirname, '../dist');
const entries = [
  join(dist, 'index.cjs'),
  ...readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dist, entry.name, 'index.cjs')),
].filter((file) => existsSync(file));

const REQUIRE_LINE = /^var (\w+) = require\('([^']+)'\);$/gm;
const starExport = (binding) =>
  new RegExp(
    `^Object\\.keys\\(${binding}\\)\\.forEach\\(function \\(k\\) \\{\\n` +
      `  if \\(k !== 'default' && !Object\\.prototype\\.hasOwnProperty\\.call\\(exports, k\\)\\) Object\\.defineProperty\\(exports, k, \\{\\n` +
      '    enumerable: true,\\n' +
      `    get: function \\(\\) \\{ return ${binding}\\[k\\]; \\}\\n` +
      '  \\}\\);\\n' +
      '\\}\\);$',
    'm',
  );

const GETTER =
  /^Object\.defineProperty\(exports, "([^"]+)", \{\n {2}enumerable: true,\n {2}get: function \(\) \{ return (\w+)\.([\w$]+); \}\n\}\);$/gm;

function makeLazy(file) {
  const eager = readFileSync(file, 'utf8');
  const requireFromFile = createRequire(file);
  const bindings = [...eager.matchAll(REQUIRE_LINE)].map(([, binding, specifier]) => ({
    binding,
    specifier,
  }));
  if (bindings.length === 0) return;
  /** [exported name, binding, property], in the order tsup's file defines them. */
  const exported = [...eager.matchAll(GETTER)].map(([, name, binding, property]) => [
    name,
    binding,
    property,
  ]);
  const defined = new Set(exported.map(([name]) => name));
  for (const { binding, specifier } of bindings) {
    // `export *`: the names the package has now, minus the ones this file exports itself.
    if (!starExport(binding).test(eager)) continue;
    for (const name of Object.keys(requireFromFile(specifier))) {
      if (name !== 'default' && !defined.has(name)) exported.push([name, binding, name]);
    }
  }
  const loaders = bindings.map(
    ({ binding, specifier }) =>
      `let ${binding}$module;\nfunction ${binding}() {\n  return (${binding}$module ??= require('${specifier}'));\n}`,
  );
  const table = exported.map(
    ([name, binding, property]) => `  [${JSON.stringify(name)}, ${binding}, ${JSON.stringify(property)}],`,
  );
  const lazy = [
    "'use strict';",
    '',
    '// Each package is required when one of its exports is first read: requiring this file loads no other one.',
    ...loaders,
    'const exported = [',
    ...table,
    '];',
    'for (const [name, load, property] of exported) {',
    '  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[property] });',
    '}',
    // Node's `import` of a CommonJS file finds its named exports by reading the source (cjs-module-lexer), which
    // cannot see through the loop: this never-evaluated assignment lists them for it, as esbuild's output does.
    `0 && (module.exports = { ${exported.map(([name]) => name).join(', ')} });`,
    '',
  ].join('\n');
  const count = (pattern) => (eager.match(pattern) ?? []).length;
  const stars = bindings.filter(({ binding }) => starExport(binding).test(eager)).length;
  if (
    count(/Object\.defineProperty\(exports, "/g) !== defined.size ||
    count(/Object\.keys\(/g) !== stars ||
    count(/require\(/g) !== bindings.length
  ) {
    throw new Error(`${file}: tsup's output has a shape this script does not know`);
  }
  check(file, eager, lazy);
  writeFileSync(file, lazy);
}

/** The lazy file must export the same names in the same order, each bound to the value the eager one has. */
function check(file, eager, lazy) {
  const eagerFile = file.replace(/\.cjs$/, '.eager-check.cjs');
  const lazyFile = file.replace(/\.cjs$/, '.lazy-check.cjs');
  writeFileSync(eagerFile, eager);
  writeFileSync(lazyFile, lazy);
  try {
    const probe = spawnSync(
      process.execPath,
      [
        '-e',
        `const lazy = require(${JSON.stringify(lazyFile)});
         if (Object.keys(require.cache).length !== 1) throw new Error('requiring it loaded other modules');
         const eager = require(${JSON.stringify(eagerFile)});
         const names = (module) => Object.keys(module).join(',');
         if (names(lazy) !== names(eager)) throw new Error('other names: ' + names(lazy) + ' / ' + names(eager));
         const differing = Object.keys(eager).filter((name) => lazy[name] !== eager[name]);
         if (differing.length > 0) throw new Error('other values: ' + differing.join(', '));`,
      ],
      { encoding: 'utf8' },
    );
    if (probe.status !== 0) throw new Error(`${file}: the lazy CommonJS entry differs:\n${probe.stderr}`);
    const viaImport = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import * as lazy from ${JSON.stringify(pathToFileURL(lazyFile).href)};
         import * as eager from ${JSON.stringify(pathToFileURL(eagerFile).href)};
         const names = (module) => Object.keys(module).sort().join(',');
         if (names(lazy) !== names(eager)) throw new Error('other names: ' + names(lazy) + ' / ' + names(eager));`,
      ],
      { encoding: 'utf8' },
    );
    if (viaImport.status !== 0) throw new Error(`${file}: import() sees other names:\n${viaImport.stderr}`);
  } finally {
    rmSync(eagerFile);
    rmSync(lazyFile);
  }
}

for (const file of entries) makeLazy(file);
