// Bundles the extension client, the language server and the CLI with esbuild.
// Each bundle is self-contained CommonJS: the .vsix ships no node_modules.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
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

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
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
  build({ ...common, entryPoints: ['server/src/convert/converters.ts'], outfile: 'dist/converters.js' }),
]);
chmodSync('dist/cli.js', 0o755);
await generateSnippets(common);
