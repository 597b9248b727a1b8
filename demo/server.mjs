/**
 * The demo chat page's web server: 127.0.0.1 only, static files from demo/page and the sample
 * conversations from demo/conversations.jsonl (without their expected rules: the page only shows
 * what a chat app would). Every conversation has its own address, /c/<id>.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PAGE_DIR = path.join(HERE, 'page');

/** The sample conversations the page replays, in file order. */
export function loadDemoConversations(file = path.join(HERE, 'conversations.jsonl')) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const { id, site, model, messages } = JSON.parse(line);
      if (typeof id !== 'string' || !Array.isArray(messages)) throw new Error(`${file}:${i + 1}: a conversation needs an id and messages`);
      return { id, site: site ?? null, model: model ?? null, messages };
    });
}

/** The rules each sample is expected to trigger (the demo prints how many it did); never sent to the page. */
export function loadExpectedRules(file = path.join(HERE, 'conversations.jsonl')) {
  const expected = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, expected_rules: rules } = JSON.parse(line);
    expected.set(id, Array.isArray(rules) ? rules : []);
  }
  return expected;
}

const ASSETS = {
  '/assets/chat.css': ['chat.css', 'text/css; charset=utf-8'],
  '/assets/chat.js': ['chat.js', 'text/javascript; charset=utf-8'],
};

/** Starts the server; resolves to its origin (`http://127.0.0.1:PORT`) and a close function. */
export function startDemoServer({ port = 0, conversations = loadDemoConversations() } = {}) {
  const index = readFileSync(path.join(PAGE_DIR, 'index.html'));
  const body = JSON.stringify(conversations);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, type, content) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(content);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'Method not allowed');
    if (url.pathname === '/' || /^\/c\/[\w-]+\/?$/.test(url.pathname)) return send(200, 'text/html; charset=utf-8', index);
    if (url.pathname === '/conversations.json') return send(200, 'application/json', body);
    const asset = ASSETS[url.pathname];
    if (asset) return send(200, asset[1], readFileSync(path.join(PAGE_DIR, asset[0])));
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    return send(404, 'text/plain; charset=utf-8', 'Not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ origin: `http://127.0.0.1:${actual}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
