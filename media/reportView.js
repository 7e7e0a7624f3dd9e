// The report view's only script (loaded with a nonce under the view's Content Security Policy).
// It puts the body the extension rendered (every report text already escaped) into the page,
// keeping the scroll position, and turns a click on a cell or line into "go to the text".
/* global acquireVsCodeApi, document, window, Element */
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('report');

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'render' || typeof message.html !== 'string') return;
    const scroll = window.scrollY;
    main.innerHTML = message.html;
    window.scrollTo(0, scroll);
    document.body.dataset.rendered = String(Number(document.body.dataset.rendered || '0') + 1);
  });

  document.addEventListener('click', (event) => {
    const action = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    if (action) {
      vscode.postMessage({ type: 'action', action: action.getAttribute('data-action') });
      return;
    }
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!target) return;
    const line = Number(target.getAttribute('data-line'));
    const character = Number(target.getAttribute('data-character') || '0');
    if (Number.isInteger(line) && Number.isInteger(character)) vscode.postMessage({ type: 'reveal', line, character });
  });
})();
