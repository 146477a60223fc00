import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for huggingface.co on 127.0.0.1, started by the tests (no real network): API fixtures for known IDs, and
// repos under `fault/` that answer with the Hub's failures.

const API = new URL('../fixtures/api/', import.meta.url);

export interface MockHub {
  url: string;
  /** Every request's path, in arrival order. */
  requests: string[];
  /** Authorization headers seen. */
  authorizations: (string | undefined)[];
  /** The most requests in flight at once. */
  maxInFlight: number;
  close: () => Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, attempt: number) => void;

const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
};

const FAULTS: Record<string, Handler> = {
  'fault/unauthorized': (_, response) => json(response, 401, { error: 'Invalid credentials in Authorization header' }),
  'fault/forbidden': (_, response) => json(response, 403, { error: 'Access to model fault/forbidden is restricted' }),
  'fault/missing': (_, response) => json(response, 404, { error: 'Repository not found' }),
  // Rate limited once, with the Hub's RateLimit header (wait 0 s), then fine.
  'fault/busy-Llama-3.1-8B-Instruct': (_, response, attempt) =>
    attempt === 0
      ? json(
          response,
          429,
          { error: 'rate limited' },
          { ratelimit: '"api";r=0;t=0', 'ratelimit-policy': '"fixed window";"api";q=500;w=300' },
        )
      : json(response, 200, {
          id: 'fault/busy-Llama-3.1-8B-Instruct',
          tags: ['license:llama3.1'],
          pipeline_tag: 'text-generation',
        }),
  'fault/always-busy': (_, response) => json(response, 429, { error: 'rate limited' }, { 'retry-after': '0' }),
  'fault/broken': (_, response) => json(response, 500, { error: 'Internal Error' }),
  'fault/flaky': (_, response, attempt) =>
    attempt === 0 ? json(response, 502, {}) : json(response, 200, { id: 'fault/flaky', tags: ['license:mit'] }),
  'fault/slow': () => {}, // never answers: the client's timeout must end it
  'fault/bad-json': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"id": "fault/bad-json", "tags": [');
  },
  // Secret repo: 200 with the right token, 401 without.
  'fault/gated': (request, response) =>
    request.headers.authorization === 'Bearer hf_test_token'
      ? json(response, 200, {
          id: 'fault/gated',
          gated: 'manual',
          tags: ['license:llama3.3'],
          cardData: { license: 'llama3.3' },
        })
      : json(response, 401, {
          error:
            'Access to model fault/gated is restricted. You must have access to it and be authenticated to access it.',
        }),
};

export async function startMockHub(options: { delayMs?: number } = {}): Promise<MockHub> {
  const attempts = new Map<string, number>();
  let inFlight = 0;
  const hub: MockHub = { url: '', requests: [], authorizations: [], maxInFlight: 0, close: async () => {} };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    hub.requests.push(path);
    hub.authorizations.push(request.headers.authorization);
    inFlight++;
    hub.maxInFlight = Math.max(hub.maxInFlight, inFlight);
    response.on('close', () => inFlight--);
    const answer = () => {
      const api = /^\/api\/models\/([^/]+\/[^/]+)$/.exec(path);
      const config = /^\/([^/]+\/[^/]+)\/resolve\/main\/config\.json$/.exec(path);
      const id = api?.[1] ?? config?.[1];
      if (!id) return json(response, 404, { error: 'not found' });
      const attempt = attempts.get(path) ?? 0;
      attempts.set(path, attempt + 1);
      const fault = Object.hasOwn(FAULTS, id) ? FAULTS[id] : undefined;
      if (fault) return fault(request, response, attempt);
      if (config)
        return id === 'Qwen/Qwen2.5-7B-Instruct'
          ? json(response, 200, {
              architectures: ['Qwen2ForCausalLM'],
              model_type: 'qwen2',
              max_position_embeddings: 32768,
            })
          : json(response, 404, { error: 'Entry not found' });
      const file = new URL(`${id.replace('/', '--')}.json`, API);
      if (!existsSync(file)) return json(response, 404, { error: 'Repository not found' });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(readFileSync(file));
    };
    if (options.delayMs) setTimeout(answer, options.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  hub.url = `http://127.0.0.1:${port}`;
  hub.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return hub;
}
