import { expect } from '@open-wc/testing';
import { FetchError, LatestRequest, clearFetchCache, fetchJson, fetchText } from '../../src/core/fetch-cache.js';

// Real requests to the test server; /__tb/* routes come from test/support/csp-middleware.js.
const absolute = (path: string) => new URL(path, document.baseURI).href;
const uniqueKey = () => crypto.randomUUID();
const counted = (key: string, ms = 0) => `/__tb/count?key=${key}&ms=${ms}`;
const serverHits = async (key: string) =>
  ((await (await fetch(`/__tb/hits?key=${key}`)).json()) as { hits: number }).hits;
const tick = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  const error = await rejection(promise);
  expect(error instanceof FetchError, String(error)).to.equal(true);
  return error as FetchError;
}

interface Counted {
  key: string;
  hits: number;
}

describe('fetch-cache', () => {
  beforeEach(() => clearFetchCache());

  it('loads and parses JSON', async () => {
    const pkg = await fetchJson<{ name: string }>('/package.json');
    expect(pkg.name).to.equal('techbridge');
  });

  it('loads text', async () => {
    const text = await fetchText('/test/fixtures/fetch-cache-not-json.txt');
    expect(text).to.contain('"OPAC": "Online public access catalogue",');
  });

  it('shares one request between concurrent callers', async () => {
    const key = uniqueKey();
    const [a, b, c] = await Promise.all([
      fetchJson<Counted>(counted(key, 200)),
      fetchJson<Counted>(counted(key, 200)),
      fetchText(counted(key, 200))
    ]);
    expect(await serverHits(key)).to.equal(1);
    expect(a).to.deep.equal({ key, hits: 1 });
    expect(b).to.deep.equal({ key, hits: 1 });
    expect(JSON.parse(c)).to.deep.equal({ key, hits: 1 });
    // Each caller has its own copy: one element changing its data cannot change another's.
    expect(a === b).to.equal(false);
  });

  it('keeps a response for the page’s life by default, and refetches with force', async () => {
    const key = uniqueKey();
    await fetchJson(counted(key));
    expect((await fetchJson<Counted>(counted(key))).hits).to.equal(1);
    expect((await fetchJson<Counted>(counted(key), { force: true })).hits).to.equal(2);
    expect((await fetchJson<Counted>(counted(key))).hits).to.equal(2);
    expect(await serverHits(key)).to.equal(2);
  });

  it('refetches when the cached copy is older than maxAge', async () => {
    const key = uniqueKey();
    await fetchJson(counted(key));
    await tick(60);
    expect((await fetchJson<Counted>(counted(key), { maxAge: 60_000 })).hits).to.equal(1);
    expect((await fetchJson<Counted>(counted(key), { maxAge: 30 })).hits).to.equal(2);
  });

  it('resolves relative addresses against the document base, so both spellings share', async () => {
    const key = uniqueKey();
    await Promise.all([fetchJson(counted(key, 100)), fetchJson(absolute(counted(key, 100)))]);
    expect(await serverHits(key)).to.equal(1);
    const error = await fetchError(fetchJson('no-such-file.json'));
    expect(error.url).to.equal(absolute('no-such-file.json'));
  });

  it('reports a missing file in plain language (http, 404)', async () => {
    const url = '/test/fixtures/no-such-glossary.json';
    const error = await fetchError(fetchJson(url, { what: 'the glossary' }));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.url).to.equal(absolute(url));
    expect(error.message).to.equal(
      `We could not load the glossary from ${absolute(url)}: the server said it was not found (404).`
    );
  });

  it('reports refusals and server errors (http, 403 and 500)', async () => {
    const refused = await fetchError(fetchJson('/__tb/status?code=403', { what: 'the partner list' }));
    expect([refused.kind, refused.status]).to.deep.equal(['http', 403]);
    expect(refused.message).to.contain('the partner list').and.to.contain('refused access to it (403)');
    const broken = await fetchError(fetchText('/__tb/status?code=500'));
    expect([broken.kind, broken.status]).to.deep.equal(['http', 500]);
    expect(broken.message).to.contain('We could not load the file from').and.to.contain('had a problem (500)');
  });

  it('reports a file that is not JSON (parse)', async () => {
    const url = '/test/fixtures/fetch-cache-not-json.txt';
    const error = await fetchError(fetchJson(url, { what: 'the glossary' }));
    expect(error.kind).to.equal('parse');
    expect(error.status).to.equal(undefined);
    expect(error.message).to.contain(`We could not read the glossary from ${absolute(url)}: it is not valid JSON.`);
    expect(error.cause instanceof SyntaxError).to.equal(true);
  });

  it('reports a server that cannot be reached (network)', async () => {
    // Port 9 (discard) is closed here: the connection is refused at once.
    const error = await fetchError(fetchJson('http://127.0.0.1:9/glossary.json', { what: 'the glossary' }));
    expect(error.kind).to.equal('network');
    expect(error.status).to.equal(undefined);
    expect(error.message).to.contain('We could not load the glossary from http://127.0.0.1:9/glossary.json');
    expect(error.message).to.contain('could not be reached');
  });

  it('reports an address that is not one (network)', async () => {
    const error = await fetchError(fetchJson('http://[not-an-address', { what: 'the status feed' }));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('is not a valid web address');
  });

  it('gives up after the timeout (timeout) and does not cache the failure', async () => {
    const url = '/__tb/slow?ms=1500';
    // A timeout error (not the answer, which comes after 1.5 s) shows it stopped waiting; how soon is for the bench.
    const error = await fetchError(fetchJson(url, { timeout: 200, what: 'the status feed' }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.equal(
      `We could not load the status feed from ${absolute(url)}: the server did not answer within 0.2 seconds. Please try again later.`
    );
    expect(await fetchJson(url)).to.deep.equal({ slow: true });
  });

  it('stops waiting when the caller’s signal aborts, without cancelling the shared request', async () => {
    const key = uniqueKey();
    const controller = new AbortController();
    const aborted = rejection(fetchJson(counted(key, 300), { signal: controller.signal }));
    const other = fetchJson<Counted>(counted(key, 300));
    await tick(50);
    controller.abort();
    const error = await aborted;
    expect((error as DOMException).name).to.equal('AbortError');
    expect(error instanceof FetchError).to.equal(false);
    expect((await other).hits).to.equal(1);
  });

  it('rejects at once with an already aborted signal', async () => {
    const error = await rejection(fetchJson('/package.json', { signal: AbortSignal.abort() }));
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('sends cookies to its own server by default, and not with credentials "omit"', async () => {
    document.cookie = 'tb-fetch-test=1; path=/';
    try {
      expect((await fetchJson<{ cookie: string }>('/__tb/cookie')).cookie).to.contain('tb-fetch-test=1');
      expect((await fetchJson<{ cookie: string }>('/__tb/cookie', { credentials: 'omit' })).cookie).to.equal('');
    } finally {
      document.cookie = 'tb-fetch-test=; path=/; max-age=0';
    }
  });
});

describe('fetch-cache: LatestRequest', () => {
  beforeEach(() => clearFetchCache());

  it('ignores an older response that arrives after a newer one', async () => {
    const latest = new LatestRequest();
    const slowKey = uniqueKey();
    const fastKey = uniqueKey();
    const older = latest.run(signal => fetchJson<Counted>(counted(slowKey, 400), { signal }));
    const newer = latest.run(signal => fetchJson<Counted>(counted(fastKey, 10), { signal }));
    expect(await newer).to.deep.equal({ stale: false, value: { key: fastKey, hits: 1 } });
    expect(await older).to.deep.equal({ stale: true });
  });

  it('ignores a late result even when the task does not listen to the signal', async () => {
    const latest = new LatestRequest();
    const older = latest.run(() => tick(100).then(() => 'old'));
    const newer = latest.run(() => Promise.resolve('new'));
    expect(await Promise.all([older, newer])).to.deep.equal([{ stale: true }, { stale: false, value: 'new' }]);
  });

  it('aborts the signal of a superseded run', async () => {
    const latest = new LatestRequest();
    let first: AbortSignal | undefined;
    const older = latest.run(signal => {
      first = signal;
      return tick(50);
    });
    await latest.run(() => Promise.resolve());
    expect(first!.aborted).to.equal(true);
    expect(await older).to.deep.equal({ stale: true });
  });

  it('throws the error of the newest run, and swallows those of superseded runs', async () => {
    const latest = new LatestRequest();
    const older = latest.run(() => tick(50).then(() => Promise.reject(new Error('old failure'))));
    const newer = latest.run(() => fetchJson('/test/fixtures/no-such-file.json'));
    const error = await fetchError(newer);
    expect(error.status).to.equal(404);
    expect(await older).to.deep.equal({ stale: true });
  });

  it('cancel() makes the run under way stale', async () => {
    const latest = new LatestRequest();
    const run = latest.run(() => tick(20).then(() => 'value'));
    latest.cancel();
    expect(await run).to.deep.equal({ stale: true });
  });
});
