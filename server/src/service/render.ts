/**
 * Putting findings into words: a diagnostic names its rule's message by id with arguments,
 * and these functions render it (and its notes) in a language. analyze() renders in the
 * language it is asked for; the LSP server renders again when the editor's language changes,
 * without analysing anew.
 */
import type { Diagnostic, Lang } from './diagnostics';
import { renderTemplate, type MessageArgs, type MessageTable } from './messages';
import { ruleMessages } from './rules/index';

function rendered(messages: MessageTable | undefined, messageId: string, args: MessageArgs | undefined, lang: Lang, fallback: string): string {
  const template = messages?.[messageId];
  return template ? renderTemplate(template, args, lang) : fallback;
}

/** Renders a diagnostic's message and notes in place from the given message table. */
export function renderFinding(diagnostic: Diagnostic, messages: MessageTable | undefined, lang: Lang): void {
  diagnostic.message = rendered(messages, diagnostic.messageId, diagnostic.args, lang, diagnostic.message);
  if (diagnostic.relatedInformation) for (const info of diagnostic.relatedInformation) info.message = rendered(messages, info.messageId, info.args, lang, info.message);
}

/**
 * The diagnostic in another language: a copy with its message and notes rendered anew from
 * its code's messages. A diagnostic whose message id is unknown keeps its words.
 */
export function localized(diagnostic: Diagnostic, lang: Lang): Diagnostic {
  const messages = ruleMessages(diagnostic.code);
  const copy: Diagnostic = { ...diagnostic };
  if (diagnostic.relatedInformation) copy.relatedInformation = diagnostic.relatedInformation.map((info) => ({ ...info }));
  renderFinding(copy, messages, lang);
  return copy;
}
