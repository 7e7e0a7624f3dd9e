// Driving the VS Code workbench in the browser: keyboard first, waiting for DOM events,
// never for a fixed time. Selectors are the ones /work/shared/realclient.md lists.
/* global document */

export const TIMEOUT = 30_000;

const EDITOR = '.part.editor .editor-group-container.active .monaco-editor[data-uri]';

export async function openWorkbench(page, url, log = () => {}) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  log('  page loaded');
  await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
  await page.locator('.part.statusbar').waitFor({ timeout: TIMEOUT });
  log('  workbench shown');
  // The explorer shows the workspace once the workbench has restored the folder.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: TIMEOUT });
  log('  explorer shows the folder');
  // Keyboard shortcuts reach the workbench only after it has had a click.
  await page.locator('.part.editor').click({ position: { x: 200, y: 200 } });
}

export async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.keyboard.insertText(fileName);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: fileName })
    .first()
    .waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.part.editor .tab.active', { hasText: fileName }).waitFor({ timeout: TIMEOUT });
  await page.locator(`${EDITOR} .view-line`).first().waitFor({ timeout: TIMEOUT });
  await focusEditor(page);
}

/** Ctrl+B (View: Toggle Primary Side Bar Visibility) when the side bar is shown. */
export async function hideSideBar(page) {
  const sideBar = page.locator('.part.sidebar');
  if (!(await sideBar.isVisible())) return;
  await page.keyboard.press('Control+B');
  await sideBar.waitFor({ state: 'hidden', timeout: TIMEOUT });
  await focusEditor(page);
}

/** Ctrl+1 (View: Focus First Editor Group) puts the keyboard focus back into the report. */
export async function focusEditor(page) {
  await page.keyboard.press('Control+1');
  await page.locator(`${EDITOR}.focused`).waitFor({ timeout: TIMEOUT });
}

export async function languageMode(page) {
  return ((await page.locator('#status\\.editor\\.mode').textContent({ timeout: TIMEOUT })) ?? '').trim();
}

/** The workbench's display language (the lang of its document), e.g. 'en' or 'zh-cn'. */
export async function displayLanguage(page) {
  return page.evaluate(() => document.documentElement.lang || 'en');
}

/**
 * Sets the user settings as a user does: opens settings.json from the command palette, replaces
 * its text, saves and closes it. (A write to the file from outside goes unnoticed by the
 * workbench here.) `saved()` tells when the save has landed on disk (VS Code may migrate
 * old values as it saves, so the file need not read exactly as written).
 */
export async function replaceUserSettings(page, settings, saved) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.keyboard.insertText('Open User Settings (JSON)');
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: /Open User Settings \(JSON\)|打开用户设置\s*\(JSON\)/ })
    .first()
    .waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  // This VS Code opens it in a modal editor over the editor area, not in a tab.
  const settingsEditor = page.locator('.monaco-editor[data-uri$="/User/settings.json"]');
  await settingsEditor.and(page.locator('.focused')).waitFor({ timeout: TIMEOUT });
  const text = JSON.stringify(settings);
  await page.keyboard.press('Control+A');
  // One insertion rather than key by key (fast); the test's settings turn auto-closing off for JSON.
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+S');
  const deadline = Date.now() + TIMEOUT;
  while (!saved()) {
    if (Date.now() > deadline) throw new Error('settings.json was not saved');
    await page.waitForTimeout(100);
  }
  await page.keyboard.press('Control+W');
  await settingsEditor.waitFor({ state: 'detached', timeout: TIMEOUT });
  await focusEditor(page);
}

/** The texts of the error notifications on screen. */
export async function errorNotifications(page) {
  return page
    .locator('.notifications-toasts .notification-toast:has(.codicon-error)')
    .evaluateAll((toasts) => toasts.map((t) => (t.textContent ?? '').trim()));
}

/**
 * Waits until the status bar shows the item of that id (VS Code names an extension's item
 * `<extension id>.<item id>`) with a matching text; returns the text.
 */
export async function waitForStatusItem(page, itemId, pattern) {
  const handle = await page.waitForFunction(
    ([id, source]) => {
      const item = [...document.querySelectorAll('.part.statusbar .statusbar-item')].find((e) => e.id.endsWith(id));
      const text = (item?.textContent ?? '').trim();
      return item && item.offsetParent !== null && new RegExp(source).test(text) ? text : undefined;
    },
    [itemId, pattern.source],
    { timeout: TIMEOUT },
  );
  return handle.jsonValue();
}

export async function waitForLanguageMode(page, pattern) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('#status\\.editor\\.mode')?.textContent ?? ''),
    pattern.source,
    { timeout: TIMEOUT },
  );
  return languageMode(page);
}

/**
 * The visible lines of the active editor as { line (1-based), text }. Monaco renders lines
 * out of DOM order and with no-break spaces; the gutter numbers the first row of each line,
 * and rows without a number continue the line above (word wrap).
 */
export async function visibleLines(page) {
  return page.evaluate(readLines, EDITOR);
}

function readLines(editorSelector) {
  const editor = document.querySelector(editorSelector);
  if (!editor) return [];
  const numbers = new Map();
  for (const overlay of editor.querySelectorAll('.margin-view-overlays > div')) {
    const number = overlay.querySelector('.line-numbers')?.textContent?.trim();
    if (number) numbers.set(overlay.style.top, Number(number));
  }
  const rows = [...editor.querySelectorAll('.view-lines .view-line')]
    .map((el) => ({ top: el.style.top, text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
    .sort((a, b) => parseFloat(a.top) - parseFloat(b.top));
  const lines = [];
  for (const row of rows) {
    const number = numbers.get(row.top);
    const last = lines[lines.length - 1];
    if (number === undefined && last) last.text += row.text;
    else lines.push({ line: number ?? null, text: row.text });
  }
  return lines;
}

/** Waits until some rendered line's whole text matches; returns that { line, text }. */
export async function waitForAnyLine(page, pattern) {
  const expression = `(() => (${readLines.toString()})(${JSON.stringify(EDITOR)}).find((l) => new RegExp(${JSON.stringify(pattern.source)}).test(l.text)))()`;
  try {
    return await (await page.waitForFunction(expression, undefined, { timeout: TIMEOUT })).jsonValue();
  } catch (error) {
    throw new Error(`no rendered line matches ${pattern}`, { cause: error });
  }
}

/** Waits until the given line is rendered and its text matches the pattern; returns the text. */
export async function waitForLine(page, line, pattern) {
  // One expression, so that the page runs the same line reader as visibleLines.
  const expression = `(() => {
    const found = (${readLines.toString()})(${JSON.stringify(EDITOR)}).find((l) => l.line === ${Number(line)});
    return !!found && new RegExp(${JSON.stringify(pattern.source)}).test(found.text);
  })()`;
  try {
    await page.waitForFunction(expression, undefined, { timeout: TIMEOUT });
  } catch (error) {
    const found = (await visibleLines(page)).find((l) => l.line === line);
    throw new Error(`line ${line} never matched ${pattern}; it reads: ${found?.text ?? '(not rendered)'}`, { cause: error });
  }
  return (await visibleLines(page)).find((l) => l.line === line)?.text ?? '';
}

/**
 * Puts the cursor before the given (1-based, UTF-16) column of a line: Ctrl+G to the line,
 * End, then Left. Go to Line's own "line:column" form counts columns differently from the
 * LSP positions the diagnostics use once a line holds Chinese characters.
 */
export async function goTo(page, line, column, lineText) {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.keyboard.insertText(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  await page.waitForFunction(
    // "Ln 51, Col 1" (or its translation): the first number is the line.
    (l) => /\d+/.exec(document.querySelector('#status\\.editor\\.selection')?.textContent ?? '')?.[0] === String(l),
    line,
    { timeout: TIMEOUT },
  );
  await page.keyboard.press('End');
  for (let i = lineText.length; i > column - 1; i--) await page.keyboard.press('ArrowLeft');
}

export async function openProblems(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: TIMEOUT });
}

export async function problemLabels(page) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
}

async function waitForProblems(page, pattern, present) {
  try {
    await page.waitForFunction(
      ([source, wanted]) =>
        [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) =>
          new RegExp(source).test(r.getAttribute('aria-label') ?? ''),
        ) === wanted,
      [pattern.source, present],
      { timeout: TIMEOUT },
    );
  } catch (error) {
    const labels = await problemLabels(page);
    const what = present ? `no Problems entry matches ${pattern}` : `the Problems entry ${pattern} did not go away`;
    throw new Error(`${what}; the panel lists:\n  ${labels.join('\n  ') || '(nothing)'}`, { cause: error });
  }
  return problemLabels(page);
}

/** Waits until a Problems row's aria-label matches; returns all labels. */
export const waitForProblem = (page, pattern) => waitForProblems(page, pattern, true);
export const waitForNoProblem = (page, pattern) => waitForProblems(page, pattern, false);

/** Waits until the Problems panel lists no error (warnings may stay). */
export async function waitForNoErrors(page) {
  const errors = page.locator('.markers-panel .monaco-list-row:has(.codicon-error)');
  try {
    await errors.first().waitFor({ state: 'detached', timeout: TIMEOUT });
  } catch (error) {
    const labels = await errors.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
    throw new Error(`errors remain in the Problems panel:\n  ${labels.join('\n  ')}`, { cause: error });
  }
}

/**
 * In an open list widget (quick-fix menu, suggest widget), moves the keyboard focus down to the
 * first row whose text matches, and returns all row texts. Keyboard only: a click on these
 * menus can be swallowed by an overlay.
 */
export async function focusListRow(page, rowSelector, pattern) {
  const rows = page.locator(rowSelector);
  await rows.first().waitFor({ timeout: TIMEOUT });
  const texts = await rows.evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
  if (!texts.some((t) => pattern.test(t))) {
    throw new Error(`no entry matching ${pattern} in the list:\n  ${texts.join('\n  ')}`);
  }
  for (let step = 0; step <= texts.length; step++) {
    const focused = ((await page.locator(`${rowSelector}.focused`).first().textContent().catch(() => '')) ?? '').trim();
    if (pattern.test(focused)) return texts;
    await page.keyboard.press('ArrowDown');
    await page.locator(`${rowSelector}.focused`).first().waitFor({ timeout: TIMEOUT });
  }
  throw new Error(`could not move the focus to ${pattern} in:\n  ${texts.join('\n  ')}`);
}

/** Runs a command from the command palette by its title (as the palette lists it). */
export async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.keyboard.insertText(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/**
 * The document inside the visible webview whose inner page has `selector` (VS Code puts a
 * webview's page in an iframe inside an iframe). Waits until it is there.
 */
export async function webviewFrame(page, selector) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const found = await frame.locator(selector).count().catch(() => 0);
      if (found > 0) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${selector}`);
    await page.waitForTimeout(200);
  }
}

/** The 1-based line of the cursor, from the status bar ("Ln 51, Col 1"). */
export async function cursorLine(page) {
  const text = (await page.locator('#status\\.editor\\.selection').textContent({ timeout: TIMEOUT })) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? NaN);
}

/** The rule code link (an <a>) of the first Problems row whose aria-label matches. */
export async function problemCodeLink(page, pattern) {
  const rows = page.locator('.markers-panel .monaco-list-row');
  const index = await rows.evaluateAll((els, source) => els.findIndex((r) => new RegExp(source).test(r.getAttribute('aria-label') ?? '')), pattern.source);
  if (index < 0) throw new Error(`no Problems entry matches ${pattern}`);
  const link = rows.nth(index).locator('.details-container a.monaco-link');
  await link.waitFor({ timeout: TIMEOUT });
  return link;
}

/**
 * Editor: Show or Focus Hover (Ctrl+K Ctrl+I) at the cursor; returns the hover's rule code link
 * whose text is `code`.
 */
export async function hoverCodeLink(page, code) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const link = page.locator('.monaco-hover a.code-link', { hasText: code }).first();
  await link.waitFor({ timeout: TIMEOUT });
  return link;
}

/**
 * Waits until the active editor is the Markdown preview of `fileName` showing a first heading
 * `title`; returns the preview's document.
 */
export async function waitForMarkdownPreview(page, fileName, title) {
  await page.locator('.part.editor .tab.active', { hasText: fileName }).waitFor({ timeout: TIMEOUT });
  const frame = await webviewFrame(page, `h1:text-is(${JSON.stringify(title)})`);
  return frame;
}

/** Closes the active editor by its tab's close button; waits until `nextTab` is the active tab. */
export async function closeActiveEditor(page, nextTab) {
  await page.locator('.part.editor .tab.active .tab-actions .action-label').first().click();
  await page.locator('.part.editor .tab.active', { hasText: nextTab }).waitFor({ timeout: TIMEOUT });
}
