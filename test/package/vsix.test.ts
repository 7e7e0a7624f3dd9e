/**
 * Packages the extension exactly as `npm run package` does and inspects the .vsix: it must
 * hold the bundles and the contributions and nothing else (no sources, no source maps, no
 * node_modules, no tests), and stay small.
 *
 * The packaging runs in a copy of the repository, so the working tree's dist/ (a debug
 * build other tests may be using) is left alone.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/seeds';

const LEFT_OUT_OF_THE_COPY = new Set(['node_modules', '.git', 'dist', '.e2e', 'out']);

let workDir = '';
let vsixPath = '';
let files: string[] = [];
let zip: JSZip;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'nianbao-package-'));
  const stage = join(workDir, 'repo');
  cpSync(repoRoot, stage, {
    recursive: true,
    filter: (source) => {
      const path = relative(repoRoot, source);
      return !LEFT_OUT_OF_THE_COPY.has(path.split(sep)[0]!) && !path.endsWith('.vsix');
    },
  });
  symlinkSync(join(repoRoot, 'node_modules'), join(stage, 'node_modules'), 'dir');
  vsixPath = join(workDir, 'nianbao.vsix');
  execFileSync('npm', ['run', '--silent', 'package', '--', '--out', vsixPath], { cwd: stage, stdio: 'pipe' });
  zip = await JSZip.loadAsync(readFileSync(vsixPath));
  files = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
}, 120_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** What may be in the package, as paths inside the .vsix. */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/,
  /^extension\/language-configuration\.json$/,
  /^extension\/readme\.md$/,
  /^extension\/changelog\.md$/,
  /^extension\/LICENSE\.txt$/,
  /^extension\/dist\/(extension|server|cli|worker|converters|pdfjs)\.js$/,
  /^extension\/dist\/cmaps\/([A-Za-z0-9-]+\.bcmap|LICENSE)$/,
  /^extension\/syntaxes\/nianbao\.tmLanguage\.json$/,
  /^extension\/snippets\/[^/]+\.code-snippets$/,
  /^extension\/schemas\/[^/]+\.schema\.json$/,
  /^extension\/l10n\/bundle\.l10n\.[a-z-]+\.json$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/docs\/.+\.md$/,
  /^extension\/docs\/images\/[^/]+\.png$/,
  // The report view's own script and stylesheet.
  /^extension\/media\/reportView\.(js|css)$/,
];

describe('the .vsix', () => {
  it('holds only allowed files', () => {
    expect(files.filter((f) => !ALLOWED.some((pattern) => pattern.test(f)))).toEqual([]);
  });

  it('has exactly the expected top-level entries', () => {
    const top = [...new Set(files.filter((f) => f.startsWith('extension/')).map((f) => f.split('/')[1]!))].sort();
    expect(top).toEqual(
      [
        'changelog.md',
        'LICENSE.txt',
        'dist',
        'docs',
        'images',
        'l10n',
        'language-configuration.json',
        'media',
        'package.json',
        'package.nls.json',
        'package.nls.zh-cn.json',
        'readme.md',
        'schemas',
        'snippets',
        'syntaxes',
      ].sort(),
    );
  });

  it('ships the six bundles and nothing of the sources', () => {
    for (const bundle of ['extension', 'server', 'cli', 'worker', 'converters', 'pdfjs']) expect(files).toContain(`extension/dist/${bundle}.js`);
    expect(files.filter((f) => /\.(ts|map)$/.test(f) || f.includes('node_modules/') || f.includes('/test/'))).toEqual([]);
  });

  it('ships production bundles without source-map references', async () => {
    for (const bundle of ['extension', 'server']) {
      const code = await zip.file(`extension/dist/${bundle}.js`)!.async('string');
      expect(code, bundle).not.toMatch(/sourceMappingURL/);
    }
  });

  it('contains every file the manifest points to', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const inPackage = (p: string) => `extension/${p.replace(/^\.\//, '')}`;
    const referenced = [
      manifest.main,
      manifest.icon,
      ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
      ...manifest.contributes.jsonValidation.map((j: { url: string }) => j.url),
      'l10n/bundle.l10n.zh-cn.json',
    ].map(inPackage);
    expect(referenced.filter((p) => !files.includes(p))).toEqual([]);
  });

  it('ships the images the README links to, so its relative links resolve inside the package', async () => {
    const readme = await zip.file('extension/readme.md')!.async('string');
    const images = [...readme.matchAll(/!\[[^\]]*\]\((?!https?:)([^)\s]+)\)/g)].map((m) => `extension/${m[1]!.replace(/^\.\//, '')}`);
    expect(images).toContain('extension/docs/images/screenshot-quickfix.png');
    expect(images.filter((p) => !files.includes(p))).toEqual([]);
  });

  it('ships the character maps of Chinese PDFs, with their licence, and no others', () => {
    const cmaps = files.filter((f) => f.startsWith('extension/dist/cmaps/'));
    expect(cmaps).toContain('extension/dist/cmaps/UniGB-UCS2-H.bcmap');
    expect(cmaps).toContain('extension/dist/cmaps/Adobe-GB1-UCS2.bcmap');
    expect(cmaps).toContain('extension/dist/cmaps/LICENSE');
    expect(cmaps.filter((f) => /Japan|Korea|KSC|RKSJ/.test(f))).toEqual([]);
  });

  // pdfjs (reading PDFs: about 530 KB compressed) and the Chinese character maps (about
  // 240 KB) are most of it; the rest was under 1 MiB before them.
  it('is smaller than 2 MiB', () => {
    expect(existsSync(vsixPath)).toBe(true);
    expect(statSync(vsixPath).size).toBeLessThan(2 * 1024 * 1024);
  });
});
