// Bundles the extension client, the language server and the CLI with esbuild.
// Each bundle is self-contained CommonJS: the .vsix ships no node_modules.
import { build } from 'esbuild';
import { chmodSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { generateSnippets } from './gen-snippets-step.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Prefer ES modules: jsonc-parser's UMD build requires its own files dynamically, which a bundle cannot resolve.
  mainFields: ['module', 'main'],
};

/**
 * The CLI and its workers load the Word and web-page converters from dist/converters.js on
 * first use (server/src/convert/index.ts) instead of compiling them at every start.
 */
const convertersApart = {
  name: 'converters-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/converters$/ }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('src/convert/index.ts') ? { path: './converters.js', external: true } : undefined,
    );
  },
};

/**
 * pdfjs is a bundle of its own, dist/pdfjs.js, that server/src/convert/pdf.ts loads on the
 * first PDF: inside dist/converters.js it would be compiled on every first Word file too.
 */
const pdfjsApart = {
  name: 'pdfjs-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/pdfjs$/ }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('src/convert/pdf.ts') ? { path: './pdfjs.js', external: true } : undefined,
    );
  },
};

/**
 * pdfjs warns on stdout (console.log) as its module is evaluated, before any option can
 * silence it, that it cannot render pages without the native canvas package: the CLI only
 * reads text, and its stdout is the report or the JSON. Its warnings start silenced in the
 * bundle (errors still show); server/src/convert/pdf.ts silences the rest by its options.
 */
const pdfjsQuiet = {
  name: 'pdfjs-quiet',
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.mjs$/ }, (args) => {
      const loud = 'let verbosity = VerbosityLevel.WARNINGS;';
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(loud)) throw new Error(`${args.path}: pdfjs's verbosity is no longer set by "${loud}"; update scripts/build.mjs`);
      return { contents: source.replace(loud, 'let verbosity = VerbosityLevel.ERRORS;'), loader: 'js' };
    });
  },
};

/**
 * pdfjs's character maps (CMaps): PDFs written in a standard Chinese encoding with a font
 * they do not embed need them to map codes to characters. The simplified-Chinese ones (GB,
 * about 290 KB of the 1.7 MB for every language) and their licence go to dist/cmaps/, where
 * pdf.ts looks for them.
 */
rmSync('dist/cmaps', { recursive: true, force: true });
cpSync('node_modules/pdfjs-dist/cmaps', 'dist/cmaps', {
  recursive: true,
  filter: (path) => !path.endsWith('.bcmap') || /^(Adobe-GB1-.*|GB.*|UniGB-.*)\.bcmap$/.test(basename(path)),
});

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // The server reads Word files, web pages and PDFs for the report view and writes Word files
  // (export): the converters and pdfjs bundles, loaded on first use, as in the CLI.
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [convertersApart, pdfjsApart] }),
  build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    // tinyglobby's ES build calls createRequire(import.meta.url), which a CommonJS bundle must supply.
    banner: { js: '#!/usr/bin/env node\nvar __import_meta_url = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__import_meta_url' },
    plugins: [convertersApart],
  }),
  build({ ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/worker.js', plugins: [convertersApart] }),
  build({ ...common, entryPoints: ['server/src/convert/converters.ts'], outfile: 'dist/converters.js', plugins: [pdfjsApart] }),
  build({ ...common, entryPoints: ['server/src/convert/pdfjs.ts'], outfile: 'dist/pdfjs.js', plugins: [pdfjsQuiet] }),
]);
chmodSync('dist/cli.js', 0o755);
await generateSnippets(common);

/**
 * Each module's own folder for __dirname, as when it runs from the sources: the bench finds the
 * repository, the seeds and the fixtures from where its modules stand, not from dist/.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('__dirname')) return undefined;
      return { contents: source.replaceAll('__dirname', JSON.stringify(dirname(args.path))), loader: 'ts' };
    });
  },
};

/**
 * `npm run bench` (--bench): the benchmarks bundled as the server and the CLI are, so that they
 * time the code that ships. Run from the sources by tsx, every module apart, an analysis took
 * about 1.5 times as long (each call of an imported helper goes through the module's exports).
 */
if (process.argv.includes('--bench')) {
  await build({ ...common, sourcemap: false, entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js', plugins: [sourceDirname, convertersApart, pdfjsApart] });
}
