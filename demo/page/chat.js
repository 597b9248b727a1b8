// The demo chat page: replays one sample conversation at /c/<id> the way chat apps stream a reply.
// Markup follows the conventions SpecLens's generic adapter reads (sites/generic): turns carry
// data-message-author-role and data-message-id, the text sits in .markdown, a reply is busy while
// it has aria-busy="true" and the composer shows a Stop button, and gets a Copy button when done.
// Every piece of text is set with textContent: sample text is never parsed as HTML.

const params = new URLSearchParams(location.search);
/** ?speed=fast streams about 6x faster (the headless demo and its test use it). */
const FAST = params.get('speed') === 'fast';
const CHUNK_DELAY_MS = FAST ? 8 : 45;
const THINK_DELAY_MS = FAST ? 120 : 700;

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Paragraphs, "- " lists and ``` code fences, built as elements (never innerHTML). */
function renderText(container, text) {
  container.replaceChildren();
  const blocks = text.split(/\n{2,}/);
  for (const block of blocks) {
    if (block.startsWith('```')) {
      const body = block.replace(/^```[^\n]*\n?/, '').replace(/\n?```\s*$/, '');
      const pre = el('pre');
      pre.append(el('code', '', body));
      container.append(pre);
    } else if (/^[-*] /m.test(block) && block.split('\n').every((l) => /^[-*] /.test(l) || l.trim() === '')) {
      const ul = el('ul');
      for (const line of block.split('\n').filter((l) => l.trim())) ul.append(el('li', '', line.replace(/^[-*] /, '')));
      container.append(ul);
    } else {
      const p = el('p');
      block.split('\n').forEach((line, i) => {
        if (i > 0) p.append(el('br'));
        p.append(document.createTextNode(line));
      });
      container.append(p);
    }
  }
}

function titleOf(conversation) {
  const first = conversation.messages.find((m) => m.role === 'user')?.content ?? conversation.id;
  return first.length > 48 ? `${first.slice(0, 46).trimEnd()}…` : first;
}

function turnElement(role, id, model) {
  const turn = el('article', `turn turn--${role}`);
  turn.dataset.messageAuthorRole = role;
  turn.dataset.messageId = id;
  if (role === 'assistant' && model) turn.dataset.model = model;
  const avatar = el('div', 'turn__avatar', role === 'user' ? 'You' : 'AI');
  avatar.setAttribute('aria-hidden', 'true');
  const column = el('div', 'turn__column');
  const body = el('div', 'markdown');
  column.append(body);
  turn.append(avatar, column);
  return { turn, column, body };
}

function setBusy(busy) {
  const button = document.getElementById('composer-button');
  button.textContent = busy ? '■' : '↻';
  button.setAttribute('aria-label', busy ? 'Stop generating' : 'Replay conversation');
  button.classList.toggle('composer__button--stop', busy);
}

/** Two overlapping rounded squares, drawn as SVG (a glyph may be missing from the system fonts). */
function copyIcon() {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  for (const [x, y] of [[5, 5], [2, 2]]) {
    const rect = document.createElementNS(NS, 'rect');
    for (const [k, v] of Object.entries({ x, y, width: 9, height: 9, rx: 2, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 })) rect.setAttribute(k, String(v));
    svg.append(rect);
  }
  return svg;
}

function addActions(column) {
  const actions = el('div', 'turn__actions');
  const copy = el('button', 'icon-button');
  copy.append(copyIcon());
  copy.type = 'button';
  copy.setAttribute('aria-label', 'Copy reply');
  copy.addEventListener('click', () => navigator.clipboard?.writeText(column.querySelector('.markdown').innerText).catch(() => {}));
  actions.append(copy);
  column.append(actions);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Streams `text` into `body` a few words at a time, re-rendering as the app would. */
async function stream(body, text) {
  const pieces = text.match(/\S+\s*|\s+/g) ?? [];
  let shown = '';
  for (let i = 0; i < pieces.length; i += 3) {
    shown += pieces.slice(i, i + 3).join('');
    renderText(body, shown);
    await sleep(CHUNK_DELAY_MS);
  }
  renderText(body, text);
}

let replaying = 0;

async function replay(conversation) {
  const run = ++replaying;
  const thread = document.getElementById('thread');
  thread.replaceChildren();
  document.getElementById('conversation-title').textContent = titleOf(conversation);
  document.getElementById('model-name').textContent = conversation.model && conversation.model !== 'unknown' ? conversation.model : conversation.site ?? '';
  let n = 0;
  for (const message of conversation.messages) {
    if (run !== replaying) return;
    if (message.role === 'system') continue;
    n += 1;
    const { turn, column, body } = turnElement(message.role, `${conversation.id}-${n}`, conversation.model);
    if (message.role === 'user') {
      renderText(body, message.content);
      thread.append(turn);
      continue;
    }
    turn.setAttribute('aria-busy', 'true');
    setBusy(true);
    body.append(el('span', 'typing', '•••'));
    thread.append(turn);
    await sleep(THINK_DELAY_MS);
    await stream(body, message.content);
    if (run !== replaying) return;
    turn.removeAttribute('aria-busy');
    setBusy(false);
    addActions(column);
  }
  document.documentElement.dataset.demoReplayed = conversation.id;
}

async function main() {
  const conversations = await (await fetch('/conversations.json')).json();
  const match = /^\/c\/([\w-]+)/.exec(location.pathname);
  const current = conversations.find((c) => c.id === match?.[1]) ?? conversations[0];
  const list = document.getElementById('conversation-list');
  for (const c of conversations) {
    const li = el('li');
    const a = el('a', c.id === current.id ? 'conversation conversation--current' : 'conversation', titleOf(c));
    a.href = `/c/${c.id}${location.search}`;
    if (c.id === current.id) a.setAttribute('aria-current', 'page');
    li.append(a);
    list.append(li);
  }
  document.getElementById('composer-button').addEventListener('click', () => {
    if (document.getElementById('composer-button').classList.contains('composer__button--stop')) return;
    replay(current);
  });
  if (!match) history.replaceState(null, '', `/c/${current.id}${location.search}`);
  await replay(current);
}

main().catch((error) => {
  document.getElementById('thread').append(el('p', 'thread__error', `The demo could not start: ${error.message}`));
});
