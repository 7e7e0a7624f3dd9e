/**
 * The rule code link of a finding (Problems panel, hover) opens the rule's page as the
 * "查看规则说明" code action does (a Markdown preview of the bundled page) through this extension's
 * URI handler, in VS Code in the browser (code-server). There the file:// link the server otherwise
 * sends opens the page's Markdown source in an editable text editor inside the extensions folder
 * (seen in code-server 4.139.1), not the page. VS Code no longer runs command: links from
 * diagnostics, so the link is `${env.uriScheme}://<extension id>/rule?code=<code>`, which VS Code
 * routes to window.registerUriHandler.
 */
import { commands, env, UIKind, window, type Disposable, type Uri } from 'vscode';
import { OPEN_RULE_COMMAND, RULE_LINK_CODE_PARAM, RULE_LINK_PATH, type RuleLinkInitializationOptions } from '../../server/src/protocol';

/**
 * The initialization options that ask the server for links to the URI handler: in VS Code in the
 * browser only, whose workbench opens such a link as trusted (no question asked). Desktop VS Code
 * (local or remote) does not mark a link opened from the Problems panel or a hover as trusted, so
 * it would first ask "Allow … to open this URI?"; there the file:// link, which opens the page's
 * source, is kept.
 */
export function ruleLinkOptions(extensionId: string): Partial<RuleLinkInitializationOptions> {
  return env.uiKind === UIKind.Web ? { uriScheme: env.uriScheme, extensionId } : {};
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
