/**
 * Messages by id. A rule declares each of its messages once, as a Chinese and an English
 * template with {name} placeholders; a finding names the message and gives the arguments.
 * Nothing is rendered inside a rule: `renderMessage` puts a finding into words at the edge
 * (analyze's result, the LSP on every publication, the CLI), so the language can change
 * without a new analysis and tests can assert which message a finding carries.
 */
import type { Bilingual } from './schema/format';

export type Lang = 'zh' | 'en';

/** One message of a rule: a template per language. */
export interface MessageTemplate {
  readonly zh: string;
  readonly en: string;
}

export type MessageTable = Readonly<Record<string, MessageTemplate>>;

/**
 * An argument: the same in both languages (a number, a cell's text as written) or bilingual
 * (a row's label, a date, a phrase the rule chose).
 */
export type MessageArg = string | number | Bilingual;

export type MessageArgs = Readonly<Record<string, MessageArg>>;

/** The placeholder names of a template literal type: '{a}与{b}' → 'a' | 'b'. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/**
 * The arguments a template takes, checked by the compiler when the template is a literal (a
 * template built with ${…} at load time is a plain string: any arguments then).
 */
export type ArgsOf<T extends MessageTemplate> = string extends T['zh'] | T['en']
  ? MessageArgs
  : { readonly [K in PlaceholdersOf<T['zh']> | PlaceholdersOf<T['en']>]: MessageArg };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

function argText(arg: MessageArg, lang: Lang): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return String(arg);
  return lang === 'en' ? arg.en : arg.zh;
}

/** The template in `lang` with its placeholders filled; a placeholder without an argument stays as written. */
export function renderTemplate(template: MessageTemplate, args: MessageArgs | undefined, lang: Lang): string {
  const text = lang === 'en' ? template.en : template.zh;
  if (!args || text.indexOf('{') < 0) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const arg = Object.prototype.hasOwnProperty.call(args, name) ? args[name] : undefined;
    return arg === undefined ? whole : argText(arg, lang);
  });
}

/** The placeholder names a template uses, in either language (for the tests that check every message). */
export function placeholdersOf(template: MessageTemplate): string[] {
  const names = new Set<string>();
  for (const text of [template.zh, template.en]) for (const m of text.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names];
}

/** Both languages of one argument list joined the way each language joins a list: “a”、“b” / “a”, “b”. */
export function quotedList(items: readonly string[]): Bilingual {
  const quoted = items.map((item) => `“${item}”`);
  return { zh: quoted.join('、'), en: quoted.join(', ') };
}
