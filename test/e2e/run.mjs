// End-to-end test of the packaged extension in a real VS Code (code-server) driven through
// Debian's chromium by playwright-core. Needs the tools of scripts/e2e-install.sh.
// Prints `E2E: N passed, M failed` last; exit status 0 only when every step passed.
// Output (logs, screenshots, extension host logs) goes to .e2e/ (gitignored).
// Environment: NIANBAO_E2E_TOOLS (tool folder, as for the installer), NIANBAO_E2E_VSIX (reuse a
// package instead of `npm run package`), NIANBAO_E2E_CHROMIUM (browser binary),
// NIANBAO_E2E_UPDATE_SCREENSHOT=1 (rewrite the README's screenshots in docs/images/).
// Every run keeps its screenshots in .e2e/ (report-view.png, docx-view.png, quickfix.png,
// final.png), the artifacts a CI job uploads.
/* global setTimeout, clearTimeout, document */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { installExtension, prepareDirs, startCodeServer, userSettings, userSettingsFile } from './lib/codeServer.mjs';
import { FIXTURE_DIR, REPORT_NAME, expandedSnippet, wrongTotal } from './lib/fixture.mjs';
import { ROOT, findTools, packageExtension } from './lib/tools.mjs';
import * as wb from './lib/workbench.mjs';

const OUTPUT = path.join(ROOT, '.e2e');
const DOC_SCREENSHOT = path.join(ROOT, 'docs', 'images', 'screenshot-quickfix.png');
/** A report with findings of several rules, for ignoring one and for the round trip through Word. */
const EXAMPLE_NAME = '2024-示范县农业农村局-待修改.nianbao.md';
const EXPORTED_NAME = '2024-示范县农业农村局-待修改.docx';
/** A published PDF of the test fixtures (LibreOffice's print of a Word file with planted defects). */
const PDF_FIXTURE = path.join('test', 'fixtures', 'published', 'agriculture-bureau-2024.libreoffice.pdf');
const PDF_NAME = '2024年示范县农业农村局政府信息公开工作年度报告.pdf';
const DOC_SCREENSHOT_MAX_BYTES = 300 * 1024;
const SNIPPET_PREFIX = 'nb-table3';
const WHOLE_RUN_LIMIT_MS = 5 * 60_000;
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const started = Date.now();
const log = (message) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
const results = [];

/** Runs one step; a step whose prerequisite failed is reported failed without running. */
async function step(name, needs, body) {
  const missing = needs.filter((n) => !results.find((r) => r.name === n)?.ok);
  if (missing.length > 0) {
    results.push({ name, ok: false });
    log(`FAIL ${name}: not run, needs ${missing.join(', ')}`);
    return;
  }
  const t0 = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    log(`PASS ${name} (${Date.now() - t0} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
    await failureScreenshot?.(name);
  }
}

let failureScreenshot;
/** The running code-server, for the watchdog and signal handlers to end. */
let activeServer;

function killServerNow() {
  if (!activeServer) return;
  try {
    process.kill(-activeServer.child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function main() {
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  const tools = findTools();
  const expected = wrongTotal();
  log(`fixture: line ${expected.line} writes 总计 ${expected.written}, the columns sum to ${expected.expected}`);
  const vsix = packageExtension(log);

  const scratch = mkdtempSync(path.join(tmpdir(), 'nianbao-e2e-'));
  const workspace = path.join(scratch, 'workspace');
  cpSync(FIXTURE_DIR, workspace, { recursive: true });
  copyFileSync(path.join(ROOT, 'examples', EXAMPLE_NAME), path.join(workspace, EXAMPLE_NAME));
  const dirs = prepareDirs(path.join(scratch, 'run'));
  let server;
  let browser;
  try {
    log(`installing ${path.basename(vsix)} into a fresh extensions folder`);
    installExtension(tools, dirs, vsix);
    server = await startCodeServer(tools, dirs, path.join(OUTPUT, 'code-server.log'));
    activeServer = server;
    log(`code-server ready on ${server.url} (pid ${server.child.pid})`);

    browser = await chromium.launchPersistentContext(path.join(scratch, 'chromium-profile'), {
      executablePath: tools.chromium,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 810 },
      locale: 'zh-CN',
    });
    log('chromium started');
    const page = browser.pages()[0] ?? (await browser.newPage());
    failureScreenshot = async (name) => {
      const file = path.join(OUTPUT, `failed-${name.replace(/[^\w-]+/g, '-')}.png`);
      await page.screenshot({ path: file }).catch(() => {});
      log(`  screenshot: ${path.relative(ROOT, file)}`);
    };
    await runSteps(page, server, workspace, expected, dirs, ruleLinkPrefix(tools));
  } finally {
    await browser?.close().catch(() => {});
    if (server) {
      await server.stop();
      log('code-server stopped');
    }
    copyLogs(dirs.userData);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * What the extension must say: Chinese, whatever VS Code's display language (code-server here
 * has no Chinese language pack, so it runs in English), because the user settings say
 * `nianbao.language: zh`. English only where a step switches the setting to `en`.
 */
function expectedTexts(total) {
  return {
    // The wording of the sums' findings is the arithmetic rules' (“…总计应为 4” or
    // “…“总计”列很可能应为 4”): what must hold is the right value, on the right line.
    totalRow: new RegExp(`总计.{0,12}应为 ?${total}(?!\\d)`),
    fixTitle: new RegExp(`总计.{0,6}改为 ?${total}(?!\\d)`),
    totalRowEnglish: new RegExp(`total.{0,40}(should be|is most likely) ${total}\\b`, 'i'),
  };
}

/**
 * What a rule code link must begin with in this VS Code: the scheme it routes to extensions'
 * URI handlers (code-server's product.json urlProtocol, which vscode.env.uriScheme reports),
 * then the extension's id (publisher.name from package.json).
 */
function ruleLinkPrefix(tools) {
  const product = JSON.parse(readFileSync(path.resolve(path.dirname(tools.codeServer), '../../lib/vscode/product.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return `${product.urlProtocol}://${manifest.publisher}.${manifest.name}/rule?code=`;
}

/** A rule's page as the Markdown preview titles it: its file name and its first heading. */
function rulePage(code) {
  const file = path.join(ROOT, 'docs', 'rules', `${code}.md`);
  if (!/^[a-z0-9-]+$/.test(code) || !existsSync(file)) throw new Error(`the code link names ${code}, which has no page in docs/rules/`);
  const heading = readFileSync(file, 'utf8').split(/\r?\n/).find((line) => line.startsWith('# '));
  if (!heading) throw new Error(`docs/rules/${code}.md has no first heading`);
  return { fileName: `${code}.md`, title: heading.slice(2).trim() };
}

async function runSteps(page, server, workspace, expected, dirs, linkPrefix) {
  const report = path.join(workspace, REPORT_NAME);
  const texts = expectedTexts(expected.expected);

  await step('open report', [], async () => {
    await wb.openWorkbench(page, `${server.url}/?folder=${encodeURIComponent(workspace)}`, log);
    await wb.quickOpen(page, REPORT_NAME);
    await wb.hideSideBar(page); // room for a whole table-三 row in the screenshots
    const mode = await wb.waitForLanguageMode(page, /年报|Nianbao/);
    log(`  language mode: ${mode}; VS Code display language: ${await wb.displayLanguage(page)}`);
  });

  await step('problems panel', ['open report'], async () => {
    await wb.openProblems(page);
    const labels = await wb.waitForProblem(page, texts.totalRow);
    const entry = labels.find((l) => texts.totalRow.test(l)) ?? '';
    if (!new RegExp(`(^|\\D)${expected.line}(\\D|$)`).test(entry)) throw new Error(`the 总计 problem names another line: ${entry}`);
    const diagnostics = labels.filter((l) => /^(Error|Warning|Info|错误|警告|信息)/.test(l));
    log(`  ${diagnostics.length} diagnostic(s):\n    ${diagnostics.join('\n    ')}`);
  });

  // Changing nianbao.language puts the problems already shown into the new language, without
  // restarting the server; the status bar item still answers.
  await step('language setting', ['problems panel'], async () => {
    for (const [language, pattern] of [
      ['en', texts.totalRowEnglish],
      ['zh', texts.totalRow],
    ]) {
      await wb.replaceUserSettings(page, userSettings({ 'nianbao.language': language }), () => savedLanguage(dirs) === language);
      await wb.waitForProblem(page, pattern);
      log(`  nianbao.language: ${language}; the Problems panel says ${pattern}`);
    }
    const item = await wb.waitForStatusItem(page, 'nianbao.status', /年报|Nianbao/);
    log(`  status bar after the changes: ${item}`);
    const toasts = await wb.errorNotifications(page);
    if (toasts.length > 0) throw new Error(`errors were shown:\n  ${toasts.join('\n  ')}`);
  });

  // A finding's rule code link opens the rule's page inside the editor (a Markdown preview of the
  // bundled docs/rules/<code>.md, as the 查看规则说明 quick fix does) through the extension's URI
  // handler. (The file:// link sent before opened the page's Markdown source in a text editor
  // here; this step failed on it.) In the Problems panel the link opens on Ctrl+click, in the
  // hover on a click.
  await step('rule link', ['problems panel'], async () => {
    await wb.openProblems(page);
    const problemLink = await wb.problemCodeLink(page, texts.totalRow);
    const code = ((await problemLink.textContent()) ?? '').trim();
    const rule = rulePage(code);
    const wanted = `${linkPrefix}${code}`;
    const problemHref = await problemLink.getAttribute('href');
    if (problemHref !== wanted) throw new Error(`the Problems entry links ${code} to ${problemHref}, not ${wanted}`);
    await problemLink.click({ modifiers: ['Control'] });
    await wb.waitForMarkdownPreview(page, rule.fileName, rule.title);
    log(`  Problems panel: Ctrl+click on ${code} (${problemHref}) shows the preview of ${rule.fileName}, “${rule.title}”`);
    await wb.closeActiveEditor(page, REPORT_NAME);

    await wb.goTo(page, expected.line, expected.column, expected.text);
    const hoverLink = await wb.hoverCodeLink(page, code);
    const hoverHref = await hoverLink.getAttribute('href');
    if (hoverHref !== wanted) throw new Error(`the hover links ${code} to ${hoverHref}, not ${wanted}`);
    await hoverLink.click();
    await wb.waitForMarkdownPreview(page, rule.fileName, rule.title);
    log(`  hover: a click on ${code} (${hoverHref}) shows the preview of ${rule.fileName}, “${rule.title}”`);
    await wb.closeActiveEditor(page, REPORT_NAME);
    await wb.focusEditor(page);
    const toasts = await wb.errorNotifications(page);
    if (toasts.length > 0) throw new Error(`errors were shown:\n  ${toasts.join('\n  ')}`);
  });

  // The report view: the tables as published, the wrong 总计 marked on its cell, a click goes to the text.
  let reportFrame;
  await step('report view', ['problems panel'], async () => {
    await wb.focusEditor(page);
    await wb.runCommand(page, 'Nianbao: Show Report View');
    reportFrame = await wb.webviewFrame(page, 'table.table-three');
    const merged = await reportFrame.locator('table.table-three th[colspan="3"][rowspan="3"]').count();
    if (merged !== 1) throw new Error(`table 三's note is not one cell over three columns and three rows (${merged})`);
    const marked = reportFrame.locator('table.table-three td.marked.error');
    await marked.first().waitFor({ timeout: wb.TIMEOUT });
    const text = ((await marked.first().textContent()) ?? '').trim();
    if (!text.startsWith(String(expected.written))) throw new Error(`the marked cell reads ${text}, not the written total ${expected.written}`);
    const listed = await reportFrame.locator('li.finding.error').allTextContents();
    if (!listed.some((l) => texts.totalRow.test(l))) throw new Error(`the view lists no 总计 finding:\n  ${listed.join('\n  ')}`);
    await marked.first().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'report-view.png', true);
    await marked.first().click();
    await page.waitForFunction((l) => /\d+/.exec(document.querySelector('#status\\.editor\\.selection')?.textContent ?? '')?.[0] === String(l), expected.line, { timeout: wb.TIMEOUT });
    log(`  the view marks the 总计 cell (${text}); a click put the cursor on line ${await wb.cursorLine(page)}`);
  });

  await step('quick fix', ['problems panel'], async () => {
    await wb.goTo(page, expected.line, expected.column, expected.text);
    await page.locator('.part.editor .squiggly-error').first().waitFor({ timeout: wb.TIMEOUT });
    await page.keyboard.press('Control+.');
    const menu = await wb.focusListRow(page, '.action-widget .monaco-list-row', texts.fixTitle);
    log(`  quick-fix menu: ${menu.join(' | ')}`);
    await saveDocScreenshot(page);
    await page.keyboard.press('Enter');
    await page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'hidden', timeout: wb.TIMEOUT });
    const line = await wb.waitForLine(page, expected.line, new RegExp(`\\|\\s*${expected.expected}\\s*\\|\\s*$`));
    log(`  line ${expected.line} now reads: ${line.trim()}`);
    await wb.waitForNoProblem(page, texts.totalRow);
    // The fixture has no other error: with the row fixed, (七)总计 adds up again too.
    await wb.waitForNoErrors(page);
    // The report view follows the text: its mark is gone too.
    if (reportFrame) {
      await reportFrame.locator('.marked.error').first().waitFor({ state: 'detached', timeout: wb.TIMEOUT });
      log('  the report view no longer marks an error');
    }
  });

  await step('snippet', ['open report'], async () => {
    const snippet = expandedSnippet(SNIPPET_PREFIX);
    for (const words of ['自然人', '（七）总计', '四、结转下年度继续办理']) {
      if (!snippet.text.includes(words)) throw new Error(`the ${SNIPPET_PREFIX} snippet has no ${words}`);
    }
    await wb.focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(SNIPPET_PREFIX);
    // Typing returns before the editor has rendered the text: wait for it.
    const prefixLine = await wb.waitForAnyLine(page, new RegExp(`^\\s*${escapeRegExp(SNIPPET_PREFIX)}\\s*$`));
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget.visible').waitFor({ timeout: wb.TIMEOUT });
    const items = await wb.focusListRow(page, '.suggest-widget .monaco-list-row', new RegExp(SNIPPET_PREFIX));
    log(`  completion list: ${items.slice(0, 5).join(' | ')}${items.length > 5 ? ' | …' : ''}`);
    await page.keyboard.press('Enter');
    const firstLine = snippet.text.split('\n')[0] ?? '';
    // The whole prefix is replaced (a word-based range would leave `nb-` in front of the table).
    await wb.waitForLine(page, prefixLine.line, new RegExp(`^${escapeRegExp(firstLine)}\\s*$`));
    await page.keyboard.press('Escape'); // leave snippet mode
    await page.keyboard.press('Control+S');
    await waitForFile(report, (text) => text.replace(/\r\n/g, '\n').trimEnd().endsWith(`\n${snippet.text.trimEnd()}`));
    log(`  saved; the report ends with the ${snippet.text.split('\n').length}-line snippet ${snippet.name}`);
  });

  const example = path.join(workspace, EXAMPLE_NAME);
  const exampleFindings = cliFindings(example);
  const ignored = exampleFindings.find((f) => f.code === 'total-row');

  // "Ignore this problem": recorded in .nianbaorc.json, the report untouched.
  await step('ignore a finding', ['open report'], async () => {
    if (!ignored) throw new Error(`the example has no total-row finding: ${JSON.stringify(exampleFindings)}`);
    const before = readFileSync(example, 'utf8');
    await wb.quickOpen(page, EXAMPLE_NAME);
    await wb.openProblems(page);
    const message = new RegExp(escapeRegExp(ignored.message.slice(0, 12)));
    await wb.waitForProblem(page, message);
    const line = ignored.range.start.line + 1;
    const lineText = before.split(/\r?\n/)[line - 1];
    await wb.goTo(page, line, ignored.range.start.character + 1, lineText);
    await page.locator('.part.editor .squiggly-error').first().waitFor({ timeout: wb.TIMEOUT });
    await page.keyboard.press('Control+.');
    const menu = await wb.focusListRow(page, '.action-widget .monaco-list-row', /忽略此问题/);
    log(`  quick-fix menu: ${menu.join(' | ')}`);
    await page.keyboard.press('Enter');
    const rc = path.join(workspace, '.nianbaorc.json');
    await waitForFile(rc, (text) => text.includes('"total-row"'));
    await wb.waitForNoProblem(page, message);
    if (readFileSync(example, 'utf8') !== before) throw new Error('the report was changed');
    const dirty = await page.locator('.part.editor .tab.active.dirty').count();
    if (dirty > 0) throw new Error('the report has unsaved changes');
    log(`  .nianbaorc.json: ${readFileSync(rc, 'utf8').replace(/\s+/g, ' ')}`);
  });

  // Export to Word: the .docx beside the draft reads back (nianbao check) to the same findings.
  const exported = path.join(workspace, EXPORTED_NAME);
  await step('export to Word', ['ignore a finding'], async () => {
    await wb.focusEditor(page);
    await wb.runCommand(page, 'Nianbao: Export to Word (.docx)');
    await waitForFile(exported, (bytes) => bytes.startsWith('PK'));
    const fromWord = cliFindings(exported).map((f) => `${f.code}: ${f.message}`);
    const fromDraft = cliFindings(example).map((f) => `${f.code}: ${f.message}`);
    if (JSON.stringify(fromWord) !== JSON.stringify(fromDraft)) throw new Error(`the Word file reads back to other findings:\n  ${fromWord.join('\n  ')}\nthe draft:\n  ${fromDraft.join('\n  ')}`);
    log(`  ${EXPORTED_NAME} (${Math.round(statSync(exported).size / 1024)} KB): nianbao check finds the draft's ${fromDraft.length} findings`);
  });

  // A Word file opens as a read-only report with its findings, and becomes an editable draft.
  await step('open a Word file', ['export to Word'], async () => {
    // Quick Open finds a file once the workbench's file search has seen it: ask again until it does.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: wb.TIMEOUT });
      await page.keyboard.insertText(EXPORTED_NAME);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: EXPORTED_NAME }).first();
      if (await row.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
      await page.keyboard.press('Escape');
      if (attempt === 10) throw new Error(`Quick Open never listed ${EXPORTED_NAME}`);
    }
    await page.keyboard.press('Enter');
    await page.locator('.part.editor .tab.active', { hasText: EXPORTED_NAME }).waitFor({ timeout: wb.TIMEOUT });
    const frame = await wb.webviewFrame(page, '[data-action="draft"]');
    await frame.locator('table.table-three').waitFor({ timeout: wb.TIMEOUT });
    const findings = await frame.locator('li.finding').count();
    const expectedCount = cliFindings(exported).length;
    if (findings !== expectedCount) throw new Error(`the view lists ${findings} findings, nianbao check ${expectedCount}`);
    await frame.locator('table.table-three').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'docx-view.png', true);
    await frame.locator('[data-action="draft"]').click();
    const draft = path.join(workspace, EXAMPLE_NAME.replace('.nianbao.md', '-2.nianbao.md'));
    await waitForFile(draft, (text) => text.includes('三、收到和处理政府信息公开申请情况'));
    await page.locator('.part.editor .tab.active', { hasText: path.basename(draft) }).waitFor({ timeout: wb.TIMEOUT });
    log(`  the view lists ${findings} findings; the draft ${path.basename(draft)} is open`);
  });

  // A published PDF opens in the same read-only view: pdfjs runs in the extension host's language
  // server (dist/pdfjs.js with its character maps), and the view lists what nianbao check finds.
  await step('open a PDF', ['open report'], async () => {
    const pdf = path.join(workspace, PDF_NAME);
    copyFileSync(path.join(ROOT, PDF_FIXTURE), pdf);
    const expectedCount = cliFindings(pdf).length;
    if (expectedCount === 0) throw new Error(`nianbao check finds nothing in ${PDF_FIXTURE}: the step would prove nothing`);
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: wb.TIMEOUT });
      await page.keyboard.insertText(PDF_NAME);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: PDF_NAME }).first();
      if (await row.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
      await page.keyboard.press('Escape');
      if (attempt === 10) throw new Error(`Quick Open never listed ${PDF_NAME}`);
    }
    await page.keyboard.press('Enter');
    await page.locator('.part.editor .tab.active', { hasText: PDF_NAME }).waitFor({ timeout: wb.TIMEOUT });
    const frame = await wb.webviewFrame(page, '[data-action="draft"]');
    await frame.locator('table.table-three').waitFor({ timeout: wb.TIMEOUT });
    const findings = await frame.locator('li.finding').count();
    if (findings !== expectedCount) throw new Error(`the view lists ${findings} findings, nianbao check ${expectedCount}`);
    log(`  ${PDF_NAME}: the view shows table 三 and lists ${findings} findings, as nianbao check does`);
  });

  await page.screenshot({ path: path.join(OUTPUT, 'final.png') });
}

/** What `nianbao check --format json` finds in a file (dist/cli.js, built by the packaging). */
function cliFindings(file) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', path.basename(file)], { cwd: path.dirname(file), encoding: 'utf8' });
  try {
    return JSON.parse(run.stdout)[0].diagnostics;
  } catch {
    throw new Error(`nianbao check ${path.basename(file)} failed (exit ${run.status}): ${run.stderr}`);
  }
}

/**
 * Keeps a screenshot in .e2e/ and, for the README (`forDocs`), in docs/images/ when it has none
 * yet or NIANBAO_E2E_UPDATE_SCREENSHOT=1 asks.
 */
async function saveScreenshot(page, name, forDocs) {
  const file = path.join(OUTPUT, name);
  // The editor area only: the text and the view beside it (the whole window would make the
  // package's images too large).
  await page.locator('.part.editor').screenshot({ path: file });
  const size = statSync(file).size;
  const docs = path.join(ROOT, 'docs', 'images', name);
  if (forDocs && size <= DOC_SCREENSHOT_MAX_BYTES && (!existsSync(docs) || process.env.NIANBAO_E2E_UPDATE_SCREENSHOT === '1')) {
    copyFileSync(file, docs);
    log(`  screenshot: ${path.relative(ROOT, docs)} (${Math.round(size / 1024)} KB)`);
    return;
  }
  log(`  screenshot: ${path.relative(ROOT, file)} (${Math.round(size / 1024)} KB)`);
}

/**
 * Keeps the quick-fix screenshot in .e2e/, and writes it to docs/images/ when that has none
 * yet or NIANBAO_E2E_UPDATE_SCREENSHOT=1 asks (so a plain run leaves the committed one alone).
 */
async function saveDocScreenshot(page) {
  const file = path.join(OUTPUT, 'quickfix.png');
  await page.screenshot({ path: file });
  const size = statSync(file).size;
  if (existsSync(DOC_SCREENSHOT) && process.env.NIANBAO_E2E_UPDATE_SCREENSHOT !== '1') {
    log(`  screenshot: ${path.relative(ROOT, file)} (${Math.round(size / 1024)} KB)`);
    return;
  }
  if (size > DOC_SCREENSHOT_MAX_BYTES) {
    log(`  quick-fix screenshot is ${Math.round(size / 1024)} KB (> 300 KB): kept in .e2e/ only`);
    return;
  }
  mkdirSync(path.dirname(DOC_SCREENSHOT), { recursive: true });
  copyFileSync(file, DOC_SCREENSHOT);
  log(`  screenshot: ${path.relative(ROOT, DOC_SCREENSHOT)} (${Math.round(size / 1024)} KB)`);
}

/** `nianbao.language` in the user settings file on disk (undefined while it is being written). */
function savedLanguage(dirs) {
  try {
    return JSON.parse(readFileSync(userSettingsFile(dirs), 'utf8'))['nianbao.language'];
  } catch {
    return undefined;
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until the file exists and its text passes `predicate`. */
async function waitForFile(file, predicate) {
  const deadline = Date.now() + wb.TIMEOUT;
  const read = () => (existsSync(file) ? readFileSync(file, 'utf8') : null);
  while (Date.now() < deadline) {
    const text = read();
    if (text !== null && predicate(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const text = read();
  throw new Error(text === null ? `${path.basename(file)} was never written` : `${path.basename(file)} on disk never held the expected text; it ends with:\n${text.slice(-400)}`);
}

/** Keeps the extension host and language server logs of the run for diagnosis. */
function copyLogs(userData) {
  try {
    cpSync(path.join(userData, 'logs'), path.join(OUTPUT, 'logs'), { recursive: true });
  } catch {
    // no logs written
  }
}

const watchdog = setTimeout(() => {
  log(`FAIL the whole run exceeded ${WHOLE_RUN_LIMIT_MS / 60_000} min`);
  killServerNow();
  console.log(`E2E: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(1);
}, WHOLE_RUN_LIMIT_MS);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killServerNow();
    process.exit(1);
  });
}

let exitCode = 1;
try {
  await main();
  exitCode = results.length > 0 && results.every((r) => r.ok) ? 0 : 1;
} catch (error) {
  log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  results.push({ name: 'setup', ok: false });
} finally {
  clearTimeout(watchdog);
  const passed = results.filter((r) => r.ok).length;
  try {
    writeFileSync(path.join(OUTPUT, 'results.json'), JSON.stringify(results, null, 2));
  } catch {
    // the output folder could not be made; the closing line below still tells
  }
  console.log(`E2E: ${passed} passed, ${results.length - passed} failed`);
}
process.exit(exitCode);
