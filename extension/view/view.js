// The reader view frame: fetches the stored result for its token from the background and renders
// it. Esc or the close button asks the content script to remove the frame.
import { api } from '../shared/browser.js';
import { FRAME_MSG, MSG } from '../shared/messages.js';
import { renderArticle, renderError } from './render.js';

const main = document.getElementById('cs-main');
const token = new URLSearchParams(location.search).get('t') ?? '';

function requestClose() {
  window.parent.postMessage({ type: FRAME_MSG.VIEW_TO_CS_CLOSE }, '*');
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') requestClose();
});

async function start() {
  const reply = await api.runtime.sendMessage({ type: MSG.VIEW_TO_BG_GET_RESULT, token });
  if (!reply?.ok) {
    renderError(main, 'This reader view has expired. Close it and click the Clearsource button again.');
    return;
  }
  document.title = reply.result.title ?? 'Clearsource reader view';
  const article = renderArticle(main, reply.result, reply.url);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cs-close';
  close.textContent = 'Close reader view';
  close.addEventListener('click', requestClose);
  article.prepend(close);
  document.body.dataset.ready = 'true';
}

start().catch((err) => renderError(main, `Clearsource could not show this article: ${err.message}`));
