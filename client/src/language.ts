/**
 * The language of the server's messages (diagnostics, hovers, quick fixes). Many users run
 * VS Code without the Chinese language pack, so its display language is English while they
 * want Chinese diagnostics: `nianbao.language` lets them choose, independent of VS Code.
 * The server follows a change of the setting at once (it renders its findings anew), no restart.
 */
import { env, workspace } from 'vscode';

export const LANGUAGE_SETTING = 'nianbao.language';

export type LanguageChoice = 'auto' | 'zh' | 'en';

/** The locale the server is started with; the server answers in English only for `en…`. */
export function localeFor(choice: unknown, displayLanguage: string): string {
  if (choice === 'zh') return 'zh-cn';
  if (choice === 'en') return 'en';
  return displayLanguage;
}

function configuredLocale(): string {
  return localeFor(workspace.getConfiguration().get<LanguageChoice>(LANGUAGE_SETTING, 'auto'), env.language);
}

/**
 * The locales the server starts with: the configured one (its first language) and VS Code's
 * display language (what nianbao.language 'auto' follows when the setting changes later).
 */
export function serverLocales(): { locale: string; displayLocale: string } {
  return { locale: configuredLocale(), displayLocale: env.language };
}
