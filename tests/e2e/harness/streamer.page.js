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

  /**
   * The reply as a list of steps in document order: open an element (a shallow copy under its parent),
   * or write text into a new text node. Formulas and icons are one step: sites insert them rendered.
   */
  function flatten(nodes) {
    const steps = [];
    const visit = (node, parent) => {
      if (node.nodeType === Node.TEXT_NODE) {
        steps.push({ parent, text: node.data });
      } else if (node.nodeType === Node.ELEMENT_NODE && (node.localName === 'math' || node.localName === 'svg')) {
        steps.push({ parent, whole: node });
      } else {
        const shell = node.cloneNode(false);
        steps.push({ parent, shell });
        node.childNodes.forEach((child) => visit(child, shell));
      }
    };
    nodes.forEach((node) => visit(node, reply));
    return steps;
  }

  async function stream(plan) {
    if (!state.prepared || !reply) throw new Error(`the streamer is not prepared: ${state.error}`);
    state.streaming = true;
    // A longer reply than the saved one (the benchmark's 20 KB): the saved content, repeated.
    let nodes = snapshot;
    if (plan.minChars) {
      const chars = snapshot.reduce((n, node) => n + node.textContent.length, 0);
      for (let copies = 1; chars > 0 && chars * copies < plan.minChars; copies++) nodes = nodes.concat(snapshot.map((n) => n.cloneNode(true)));
    }
    const steps = flatten(nodes);
    const total = steps.reduce((n, step) => n + (step.text ? step.text.length : 0), 0);
    const size = Math.max(1, Math.ceil(total / plan.chunks));
    let chunks = 0;
    let sent = 0;
    let paused = false;
    let index = 0;
    let written = 0; // characters of steps[index] already written
    let current = null; // the text node steps[index] writes into
    // Each chunk is one task, as a site's render is: the elements reached and `size` more characters.
    while (index < steps.length) {
      let budget = size;
      while (index < steps.length && budget > 0) {
        const step = steps[index];
        if (step.shell) {
          step.parent.appendChild(step.shell);
          index++;
        } else if (step.whole) {
          step.parent.appendChild(step.whole.cloneNode(true));
          index++;
        } else {
          if (!current) current = step.parent.appendChild(document.createTextNode(''));
          const take = Math.min(budget, step.text.length - written);
          current.appendData(step.text.slice(written, written + take));
          written += take;
          budget -= take;
          sent += take;
          if (written === step.text.length) {
            index++;
            written = 0;
            current = null;
          }
        }
      }
      chunks++;
      await sleep(plan.gapMs);
      if (!paused && plan.pauseMs > 0 && chunks >= plan.chunks * plan.pauseAfter) {
        paused = true;
        await sleep(plan.pauseMs);
      }
    }
    busyOff();
    if (actions) actions.parent.insertBefore(actions.node, actions.next);
    state.streaming = false;
    state.finished = true;
    return { chunks, chars: sent };
  }

  window.__speclensStreamer = { state, stream };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepare, { once: true });
  else prepare();
})(__SPECLENS_PROFILE__);
