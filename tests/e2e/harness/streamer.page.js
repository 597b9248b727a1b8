// The page script that plays a site's streaming (see streamer.ts). Plain JavaScript: it is injected
// as source text, so no build tool may touch it. `__SPECLENS_PROFILE__` is replaced by the profile JSON.
(function streamerMain(profile) {
  const state = { prepared: false, error: null, original: '', streaming: false, finished: false };
  let snapshot = [];
  let reply = null;
  let actions = null;
  let busyOff = () => {};
  const last = (selector) => {
    const all = document.querySelectorAll(selector);
    return all.length > 0 ? all[all.length - 1] : null;
  };
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const fromHtml = (html) => {
    const holder = document.createElement('template');
    holder.innerHTML = html;
    return [...holder.content.childNodes];
  };

  function busyOn() {
    const marker = profile.busy;
    if (marker.kind === 'insert') {
      const parent = last(marker.parent);
      if (!parent) throw new Error(`busy parent ${marker.parent} not found`);
      const nodes = fromHtml(marker.html);
      parent.append(...nodes);
      busyOff = () => nodes.forEach((n) => n.remove());
    } else if (marker.kind === 'attribute') {
      const el = last(marker.selector);
      if (!el) throw new Error(`busy element ${marker.selector} not found`);
      const before = el.getAttribute(marker.name);
      el.setAttribute(marker.name, marker.on);
      busyOff = () => (before === null ? el.removeAttribute(marker.name) : el.setAttribute(marker.name, before));
    } else {
      const el = last(marker.selector);
      if (!el) throw new Error(`send button ${marker.selector} not found`);
      const stop = fromHtml(marker.html).find((n) => n.nodeType === Node.ELEMENT_NODE);
      el.replaceWith(stop);
      busyOff = () => stop.replaceWith(el);
    }
  }

  function prepare() {
    try {
      state.original = document.documentElement.outerHTML;
      reply = last(profile.reply);
      if (!reply) throw new Error(`reply ${profile.reply} not found`);
      snapshot = [...reply.childNodes].map((n) => n.cloneNode(true));
      reply.replaceChildren();
      if (profile.actions) {
        const node = last(profile.actions);
        if (!node) throw new Error(`actions ${profile.actions} not found`);
        actions = { node, parent: node.parentNode, next: node.nextSibling };
        node.remove();
      }
      busyOn();
      state.prepared = true;
    } catch (error) {
      state.error = error instanceof Error ? error.message : String(error);
    }
  }

  async function stream(plan) {
    if (!state.prepared || !reply) throw new Error(`the streamer is not prepared: ${state.error}`);
    state.streaming = true;
    let total = 0;
    const count = (n) => {
      if (n.nodeType === Node.TEXT_NODE) total += n.data.length;
      else if (n.localName !== 'math' && n.localName !== 'svg') n.childNodes.forEach(count);
    };
    snapshot.forEach(count);
    const size = Math.max(1, Math.ceil(total / plan.chunks));
    let sent = 0;
    let chunksDone = 0;
    let paused = false;
    const grow = async (parent, source) => {
      if (source.nodeType === Node.TEXT_NODE) {
        const full = source.data;
        const text = document.createTextNode('');
        parent.appendChild(text);
        for (let i = 0; i < full.length; ) {
          const take = Math.min(size - (sent % size), full.length - i);
          text.appendData(full.slice(i, i + take));
          i += take;
          sent += take;
          if (sent % size === 0) {
            chunksDone++;
            await sleep(plan.gapMs);
            if (!paused && plan.pauseMs > 0 && chunksDone >= plan.chunks * plan.pauseAfter) {
              paused = true;
              await sleep(plan.pauseMs);
            }
          }
        }
        return;
      }
      // Sites insert rendered formulas and icons whole; a half-built <math> also makes Firefox log markup errors.
      if (source.nodeType === Node.ELEMENT_NODE && (source.localName === 'math' || source.localName === 'svg')) {
        parent.appendChild(source.cloneNode(true));
        return;
      }
      const shell = source.cloneNode(false);
      parent.appendChild(shell);
      for (const child of [...source.childNodes]) await grow(shell, child);
    };
    for (const node of snapshot) await grow(reply, node);
    await sleep(plan.gapMs);
    busyOff();
    if (actions) actions.parent.insertBefore(actions.node, actions.next);
    state.streaming = false;
    state.finished = true;
    return { chunks: chunksDone, chars: sent };
  }

  window.__speclensStreamer = { state, stream };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepare, { once: true });
  else prepare();
})(__SPECLENS_PROFILE__);
