/**
 * The status bar item (issue 4): tells whether the active file is checked as an annual
 * report and why — a Markdown file is checked only when it looks like a report, and a
 * user who does not see diagnostics must be able to tell why. The server decides and
 * gives the reason; the item shows it and offers "check anyway" when unchecked.
 */
import {
  languages,
  StatusBarAlignment,
  window,
  type Disposable,
  type StatusBarItem,
  type TextDocument,
} from 'vscode';
import { t } from './i18n';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { isCandidate } from './documents';
import { STATUS_METHOD, type StatusParams, type StatusResult } from '../../server/src/protocol';

/** Diagnostics arrive in bursts while the user types; one status request per pause is enough. */
const REFRESH_DELAY_MS = 200;

export class ReportStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to older requests are dropped: the user may have switched files meanwhile. */
  private generation = 0;

  constructor(private readonly client: LanguageClient) {
    this.item = window.createStatusBarItem('nianbao.status', StatusBarAlignment.Right, 100);
    this.item.name = t('Nianbao Report Status');
    this.subscriptions.push(
      this.item,
      window.onDidChangeActiveTextEditor(() => this.refresh()),
      languages.onDidChangeDiagnostics((event) => {
        const active = window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.refresh();
      }),
      // After a restart (a crashed server) the item asks again.
      client.onDidChangeState((event) => {
        if (event.newState === State.Running) this.refresh();
      }),
    );
    this.refresh();
  }

  /** Schedules an update for the active editor. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), REFRESH_DELAY_MS);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = window.activeTextEditor?.document;
    if (!document || !isCandidate(document) || !this.client.isRunning()) {
      this.item.hide();
      return;
    }
    let status: StatusResult;
    try {
      const params: StatusParams = { uri: this.client.code2ProtocolConverter.asUri(document.uri) };
      status = await this.client.sendRequest<StatusResult>(STATUS_METHOD, params);
    } catch (error) {
      this.client.debug(`nianbao/status failed: ${error instanceof Error ? error.message : String(error)}`);
      if (generation === this.generation) this.item.hide();
      return;
    }
    if (generation !== this.generation) return;
    this.render(document, status);
  }

  private render(document: TextDocument, status: StatusResult): void {
    const item = this.item;
    if (status.checked) {
      item.text = checkedText(status);
      item.tooltip = [
        t('Checked as an annual report: {0}', status.reason),
        t('{0} errors, {1} warnings', status.errors, status.warnings),
        t('Click to show the Problems panel.'),
      ].join('\n');
      item.command = { title: t('Show Problems'), command: 'workbench.actions.view.problems' };
    } else {
      item.text = t('$(circle-slash) Nianbao: not checked');
      item.tooltip = [status.reason, t('Click to check this file as an annual report anyway.')].join('\n');
      item.command = { title: t('Check as Annual Report'), command: 'nianbao.checkAnyway', arguments: [document.uri] };
    }
    item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.generation++;
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function checkedText(status: StatusResult): string {
  const name = t('Nianbao');
  if (status.errors === 0 && status.warnings === 0) return `$(check) ${name}`;
  const counts = [status.errors > 0 ? `$(error) ${status.errors}` : '', status.warnings > 0 ? `$(warning) ${status.warnings}` : '']
    .filter(Boolean)
    .join(' ');
  return `${name} ${counts}`;
}
