/**
 * The language of the server's messages (diagnostics, hovers, quick fixes). Many users run
 * VS Code without the Chinese language pack, so its display language is English while they
 * want Chinese diagnostics: `nianbao.language` lets them choose, independent of VS Code.
 * The server picks its language once, when it starts, so another language needs a restart.
 */
import { env, workspace, type ConfigurationChangeEvent } from 'vscode';

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

/** Remembers the locale the running server was started with. */
export class ServerLocale {
  private started: string | undefined;

  /** For `initializationOptions`, which the client reads at every (re)start. */
  forStart(): string {
    this.started = configuredLocale();
    return this.started;
  }

  /**
   * Whether the server must restart to speak the configured language. Asked both by the
   * change listener (which restarts) and by the configuration sync (which then sends nothing:
   * a notification racing the restart would fail, and the new server reads the settings anyway).
   */
  outdated(event?: ConfigurationChangeEvent): boolean {
    if (event && !event.affectsConfiguration(LANGUAGE_SETTING)) return false;
    return this.started !== undefined && configuredLocale() !== this.started;
  }
}
