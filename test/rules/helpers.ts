/**
 * Test helpers for the rules: the clean report, small textual edits of it, and
 * exact LSP ranges found by searching the text (so tests name what they mean,
 * not line numbers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { analyze } from '../../server/src/service/analyze';
import type { Analysis } from '../../server/src/service/analyze';
import { ruleMeta, ruleOf } from '../../server/src/service/rules';
import { decodeData } from '../../server/src/service/finding-data';
import type { AnalyzeOptions, Diagnostic } from '../../server/src/service/diagnostics';
import type { Range } from '../../server/src/service/model';

export const clean = readFileSync(join(__dirname, 'fixtures', 'clean.md'), 'utf8');

/** Replaces the single occurrence of `from` (failing when it is absent or ambiguous). */
export function withEdit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`withEdit: “${from}” not found`);
  if (text.indexOf(from, at + 1) >= 0) throw new Error(`withEdit: “${from}” occurs more than once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * analyze(), failing the test when any rule threw (the analyzer itself swallows it),
 * when a diagnostic is fixable while its rule is not, when its message is not one of its
 * rule's or leaves a placeholder unfilled, or when its data does not have its rule's shape.
 */
export function run(text: string, options?: AnalyzeOptions): Analysis {
  const analysis = analyze(text, options);
  expect(analysis.ruleErrors).toEqual([]);
  for (const d of analysis.diagnostics) {
    // A finding of a fixable rule may have no fix of its own (Finding.fixable false); never the other way.
    if (d.fixable || !ruleMeta(d.code)?.fixable) expect([d.code, d.fixable]).toEqual([d.code, ruleMeta(d.code)?.fixable]);
    const rule = ruleOf(d.code);
    if (!rule) continue;
    expect([d.code, d.messageId, rule.messages[d.messageId] !== undefined]).toEqual([d.code, d.messageId, true]);
    for (const info of d.relatedInformation ?? []) expect([d.code, info.messageId, rule.messages[info.messageId] !== undefined]).toEqual([d.code, info.messageId, true]);
    expect([d.code, d.messageId, /\{[A-Za-z][A-Za-z0-9]*\}/.test(d.message)]).toEqual([d.code, d.messageId, false]);
    // The data its rule's fix reads, of the declared shape.
    if (rule.dataShape) expect([d.code, d.messageId, decodeData(rule.dataShape, d.data ?? {}) !== null]).toEqual([d.code, d.messageId, true]);
  }
  return analysis;
}

export function diagnose(text: string, options?: AnalyzeOptions): Diagnostic[] {
  return run(text, options).diagnostics;
}

/** A finding without its words: what a test asserts (the words are the scenarios' snapshots'). */
export type BareFinding = Omit<Diagnostic, 'message' | 'args' | 'relatedInformation'> & { relatedInformation?: { range: Range; messageId: string; uri?: string }[] };

export function bare(d: Diagnostic): BareFinding {
  const { message: _message, args: _args, relatedInformation, ...rest } = d;
  if (!relatedInformation) return rest;
  return { ...rest, relatedInformation: relatedInformation.map(({ range, messageId, uri }) => (uri ? { range, messageId, uri } : { range, messageId })) };
}

/** The findings of a text without their words (see bare). */
export function findings(text: string, options?: AnalyzeOptions): BareFinding[] {
  return diagnose(text, options).map(bare);
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

export function ofCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

function position(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function offsetOf(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`“${needle}” occurrence ${nth} not found`);
  }
  return at;
}

/** The range of the nth occurrence of `needle`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  const at = offsetOf(text, needle, nth);
  return { start: position(text, at), end: position(text, at + needle.length) };
}

/** The range of `inner` inside the nth occurrence of `outer` (to pin a cell inside a row). */
export function rangeIn(text: string, outer: string, inner: string, nth = 0, innerNth = 0): Range {
  const base = offsetOf(text, outer, nth);
  const within = offsetOf(outer, inner, innerNth);
  return { start: position(text, base + within), end: position(text, base + within + inner.length) };
}

/** The whole line holding the nth occurrence of `needle`. */
export function lineOf(text: string, needle: string, nth = 0): Range {
  const at = offsetOf(text, needle, nth);
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return { start: position(text, start), end: position(text, end) };
}

/** Zero-based line number of the nth occurrence of `needle`. */
export function lineNumber(text: string, needle: string, nth = 0): number {
  return position(text, offsetOf(text, needle, nth)).line;
}

/** A zero-width range. */
export function point(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}
