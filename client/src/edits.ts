import { window, workspace, WorkspaceEdit, type TextDocument } from 'vscode';
import { t } from './i18n';
import type { LanguageClient, TextEdit } from 'vscode-languageclient/node';

/**
 * Applies the server's edits to the document they were computed for. If the user typed
 * in the meantime the edits no longer fit, so nothing is applied: the user's text is
 * never overwritten by stale edits.
 */
export async function applyServerEdits(client: LanguageClient, document: TextDocument, version: number, edits: TextEdit[]): Promise<boolean> {
  if (document.version !== version) {
    void window.showWarningMessage(t('The document changed while Nianbao was working on it. Please try again.'));
    return false;
  }
  const workspaceEdit = new WorkspaceEdit();
  workspaceEdit.set(document.uri, await client.protocol2CodeConverter.asTextEdits(edits));
  const applied = await workspace.applyEdit(workspaceEdit);
  if (!applied) void window.showWarningMessage(t('The changes could not be applied.'));
  return applied;
}
