/**
 * The Nianbao language server: wiring only. The logic lives in ./lsp/*.ts, the
 * checking itself in ./service (LSP-free). Start with `node dist/server.js --stdio`
 * (or --node-ipc / --socket, as vscode-languageserver understands them).
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { guardConnection } from './lsp/guard';
import { createServerContext } from './lsp/serverContext';
// <feature-imports>
import { editorFeatureCapabilities, registerEditorFeatures } from './lsp/editorFeatures';
import { codeActionCapabilities, registerCodeActions } from './lsp/codeActions';
import { registerWorkspaceIndex } from './lsp/workspaceIndex';
import { registerReportFeatures } from './lsp/reportFeatures';
// </feature-imports>

const connection = guardConnection(createConnection(ProposedFeatures.all));
const documents = new TextDocuments(TextDocument);
const ctx = createServerContext(connection, documents);

connection.onInitialize((params): InitializeResult => {
  ctx.initialize(params);
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    // <feature-capabilities>
    ...editorFeatureCapabilities,
    ...codeActionCapabilities,
    // </feature-capabilities>
  };
  return { capabilities, serverInfo: { name: 'nianbao', version: ctx.version } };
});
connection.onInitialized(() => ctx.initialized());

// <feature-registrations>
registerEditorFeatures(ctx);
registerCodeActions(ctx);
registerWorkspaceIndex(ctx);
registerReportFeatures(ctx);
// </feature-registrations>

documents.listen(connection);
connection.listen();
