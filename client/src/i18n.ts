/**
 * The client's strings in the language `nianbao.language` asks for. VS Code's own l10n follows
 * the display language only, and many clerks run an English VS Code (no Chinese language pack)
 * with `nianbao.language: zh`: then the status bar, prompts and the report view must be Chinese
 * like the findings. 'auto' keeps VS Code's choice (vscode.l10n); 'zh' reads the Chinese bundle
 * (l10n/bundle.l10n.zh-cn.json, bundled); 'en' is the English source text.
 */
import { l10n, workspace } from 'vscode';
import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { LANGUAGE_SETTING, type LanguageChoice } from './language';

const CHINESE: Readonly<Record<string, string>> = chinese;

function fill(message: string, args: readonly (string | number)[]): string {
  return message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** The configured message language: 'zh', 'en', or 'auto' (VS Code's display language). */
export function languageChoice(): LanguageChoice {
  const value = workspace.getConfiguration().get<string>(LANGUAGE_SETTING, 'auto');
  return value === 'zh' || value === 'en' ? value : 'auto';
}

/** `message` (English, with {0} … placeholders) in the configured language. */
export function t(message: string, ...args: (string | number)[]): string {
  const choice = languageChoice();
  if (choice === 'zh') return fill(CHINESE[message] ?? message, args);
  if (choice === 'en') return fill(message, args);
  return l10n.t(message, ...args);
}

/** Whether the client speaks Chinese now (for texts built outside `t`, such as the report view's font note). */
export function isChinese(): boolean {
  const choice = languageChoice();
  if (choice !== 'auto') return choice === 'zh';
  return l10n.t('Nianbao') !== 'Nianbao';
}
