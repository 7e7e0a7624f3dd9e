/**
 * The rule code link of a finding (Problems panel, hover) opens the rule's page through this
 * extension's URI handler where the file:// link the server otherwise sends cannot be opened:
 * in VS Code in the browser (code-server) and in remote windows, whose workbench cannot read the
 * extension's files by a file:// URL. VS Code no longer runs command: links from diagnostics, so
 * the link is `${env.uriScheme}://<extension id>/rule?code=<code>`, which VS Code routes to
 * window.registerUriHandler; the handler opens the page as the "查看规则说明" code action does.
 */
import { commands, env, UIKind, window, type Disposable, type Uri } from 'vscode';
import { OPEN_RULE_COMMAND, RULE_LINK_CODE_PARAM, RULE_LINK_PATH, type RuleLinkInitializationOptions } from '../../server/src/protocol';

/**
 * The initialization options that ask the server for links to the URI handler, or none where
 * the file:// link opens (desktop VS Code on the machine that holds the extension). There the
 * file link is kept on purpose: desktop VS Code does not mark a link opened from the Problems
 * panel as trusted, so a URI handler link would first ask "Allow … to open this URI?".
 */
export function ruleLinkOptions(extensionId: string): Partial<RuleLinkInitializationOptions> {
  const fileLinksOpen = env.uiKind === UIKind.Desktop && env.remoteName === undefined;
  return fileLinksOpen ? {} : { uriScheme: env.uriScheme, extensionId };
}

/** The rule code a rule link names, or undefined for any other URI sent to the extension. */
export function ruleCodeOfLink(uri: Pick<Uri, 'path' | 'query'>): string | undefined {
  if (uri.path !== RULE_LINK_PATH) return undefined;
  const code = new URLSearchParams(uri.query).get(RULE_LINK_CODE_PARAM);
  return code !== null && /^[a-z0-9-]+$/.test(code) ? code : undefined;
}

/** Registers the extension's URI handler (VS Code allows one per extension). */
export function registerRuleLinkHandler(): Disposable {
  return window.registerUriHandler({
    handleUri(uri) {
      const code = ruleCodeOfLink(uri);
      if (code !== undefined) void commands.executeCommand(OPEN_RULE_COMMAND, code);
    },
  });
}
