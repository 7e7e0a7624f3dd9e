/**
 * The language service builds for a browser (issue 19: conversion moved out of the service, so
 * nothing in it needs Node). esbuild bundles server/src/service/index.ts for the browser platform
 * — it fails on any Node built-in — and the bundle, run where there is no `require`, `process` or
 * `Buffer`, finds in the examples exactly what the service finds under Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/service/index';
import { repoRoot } from '../helpers/seeds';

async function browserBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(repoRoot, 'server', 'src', 'service', 'index.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName: 'nianbao',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('the language service in a browser', () => {
  it('bundles without Node and analyses the examples as under Node', async () => {
    const code = await browserBundle();
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|os|child_process|worker_threads|url)["']\)/);
    // A page's globals only: no require, process, Buffer or __dirname.
    const page: Record<string, unknown> = { console, TextEncoder, TextDecoder, URL, Intl, performance };
    runInNewContext(`${code};globalThis.nianbao = nianbao;`, page);
    const service = page['nianbao'] as { analyze: typeof analyze };
    const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.md')).sort();
    expect(examples.length).toBeGreaterThan(1);
    for (const file of examples) {
      const text = readFileSync(join(repoRoot, 'examples', file), 'utf8');
      for (const lang of ['zh', 'en'] as const) {
        expect([file, lang, JSON.stringify(service.analyze(text, { lang }).diagnostics)]).toEqual([file, lang, JSON.stringify(analyze(text, { lang }).diagnostics)]);
      }
    }
  });
});
