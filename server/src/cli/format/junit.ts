/**
 * JUnit XML for CI dashboards. One <testsuite> per file; in it one <testcase> per finding,
 * named by rule code and 1-based line:column. Errors are <failure>s (they fail the build,
 * as they fail the exit status); warnings and notes are passing test cases whose
 * <system-out> carries the message, so they show without failing anything. A clean file
 * is one passing test case; a file not checked is a <skipped> one, or an <error> when it
 * could not be read.
 */
import type { Lang } from '../../service';
import type { FileResult } from '../check-file';
import { severityWord } from '../messages';
import { findingPlace } from './text';

export function formatJunit(results: readonly FileResult[], lang: Lang): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const file of results) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    let suiteSkipped = 0;
    const classname = attr(file.file);
    if (file.error !== undefined) {
      suiteErrors++;
      cases.push(`    <testcase classname="${classname}" name="nianbao"><error message="${attr(file.error)}"/></testcase>`);
    } else if (file.skipped !== undefined) {
      suiteSkipped++;
      cases.push(`    <testcase classname="${classname}" name="nianbao"><skipped message="${attr(file.skipped)}"/></testcase>`);
    } else if (file.diagnostics.length === 0) {
      cases.push(`    <testcase classname="${classname}" name="nianbao"/>`);
    }
    for (const d of file.diagnostics) {
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const name = attr(`${d.code} ${where}`);
      // As the text output writes it: a converted file's finding (Word, web page, PDF) is placed in words.
      const place = findingPlace(file.file, d, lang);
      const detail = text(`${place.where} ${severityWord(lang, d.severity)} ${d.code} ${d.message}${place.after}`);
      if (d.severity === 'error') {
        suiteFailures++;
        cases.push(`    <testcase classname="${classname}" name="${name}"><failure type="${d.code}" message="${attr(d.message)}">${detail}</failure></testcase>`);
      } else {
        cases.push(`    <testcase classname="${classname}" name="${name}"><system-out>${detail}</system-out></testcase>`);
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${classname}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="${suiteSkipped}" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="nianbao" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0">\n` +
    suites.map((s) => s + '\n').join('') +
    `</testsuites>\n`
  );
}

// XML 1.0 forbids most control characters even when escaped.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function text(value: string): string {
  return value.replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
