/**
 * Tokenizes text with the real TextMate engine VS Code uses (vscode-textmate on the
 * Oniguruma wasm), with the committed Nianbao grammar and the Markdown grammar it includes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { repoRoot } from '../helpers/seeds';

export interface LineTokens {
  line: string;
  tokens: { text: string; scopes: string[] }[];
}

const grammarFiles: Record<string, string> = {
  'text.nianbao': resolve(repoRoot, 'syntaxes', 'nianbao.tmLanguage.json'),
  'text.html.markdown': resolve(repoRoot, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json'),
};

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(resolve(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    // Grammars embedded by Markdown's fenced code blocks are not needed: unresolved includes match nothing.
    loadGrammar: async (scopeName: string) => {
      const file = grammarFiles[scopeName];
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
  });
  const grammar = await registry.loadGrammar('text.nianbao');
  if (!grammar) throw new Error('text.nianbao did not load');
  return grammar;
}

export function nianbaoGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= loadGrammar();
  return grammarPromise;
}

/** Tokenizes a whole document, carrying the rule stack from line to line as the editor does. */
export async function tokenizeDocument(text: string): Promise<LineTokens[]> {
  const grammar = await nianbaoGrammar();
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return {
      line,
      tokens: result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })),
    };
  });
}

/** The scopes of every token that overlaps the first occurrence of `fragment` in the line. */
export function scopesOf(line: LineTokens, fragment: string): string[][] {
  const start = line.line.indexOf(fragment);
  if (start < 0) throw new Error(`"${fragment}" not in line "${line.line}"`);
  const end = start + fragment.length;
  const result: string[][] = [];
  let offset = 0;
  for (const token of line.tokens) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < end) result.push(token.scopes);
    offset = tokenEnd;
  }
  return result;
}

/** True when every token of `fragment` carries `scope`. */
export function fragmentHasScope(line: LineTokens, fragment: string, scope: string): boolean {
  const scopes = scopesOf(line, fragment);
  return scopes.length > 0 && scopes.every((s) => s.includes(scope));
}

/** The first line of the document that satisfies `predicate`. */
export function findLine(lines: LineTokens[], predicate: (line: string) => boolean): LineTokens {
  const found = lines.find((l) => predicate(l.line));
  if (!found) throw new Error('no line matches');
  return found;
}
