// Checks of the UI's non-visual logic in Node (no browser, no server); CI runs them through
// e2e-tests' WebUnitChecksTest, exit code 1 on any failed check.
//   node web/dev/unit_checks.mjs
// Covers the SSE parser, Retry-After parsing, the tolerant readers against interview-service's
// real response records, the session rules (single-flight refresh, one retry on 401), and
// conversation mode's end-of-answer detection and remembered settings, the progress page's reader and
// chart geometry, and practise-again's comparison of two attempts.
const root = new URL('../js/', import.meta.url);
const storage = new Map();
globalThis.sessionStorage = {
  getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, String(v)), removeItem: (k) => storage.delete(k),
};
const { readEventStream } = await import(new URL('sse.js', root));
const api = await import(new URL('api.js', root));
const { tokens } = await import(new URL('tokens.js', root));

let failures = 0;
let checks = 0;
function check(name, condition, detail = '') {
  checks++;
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${name}${condition || !detail ? '' : ` — ${detail}`}`);
  if (!condition) failures++;
}

// ---- SSE parser: events split across chunks, CRLF, comments, multi-line data ----
{
  const chunks = ['event: state\ndata: {"status":"ASK', 'ING"}\n\n: keep-alive\n\nevent: message\r\ndata: {"turnId":"t1"}\r\n\r\n',
    'data: line1\ndata: line2\n\n'];
  const body = new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(new TextEncoder().encode(x)); c.close(); } });
  const seen = [];
  await readEventStream(body, (e) => seen.push(e));
  check('SSE: three events', seen.length === 3, JSON.stringify(seen));
  check('SSE: JSON data split across chunks', seen[0]?.type === 'state' && seen[0]?.data?.status === 'ASKING');
  check('SSE: CRLF lines and named event', seen[1]?.type === 'message' && seen[1]?.data?.turnId === 't1');
  check('SSE: multi-line data joined with \\n', seen[2]?.type === 'message' && seen[2]?.data === 'line1\nline2');
}

// ---- Retry-After ----
check('Retry-After seconds', api.parseRetryAfter('3') === 3);
check('Retry-After missing -> fallback', api.parseRetryAfter(null, 2) === 2);
check('Retry-After clamped', api.parseRetryAfter('3600') === 60 && api.parseRetryAfter('0') === 0.5);
check('Retry-After HTTP date', Math.abs(api.parseRetryAfter(new Date(Date.now() + 5000).toUTCString()) - 5) <= 1.1);

// ---- tolerant readers against interview-service's MessageView / InterviewView / HistoryItem ----
{
  const greeting = api.normaliseMessage({ turnId: 'g', kind: 'greeting', text: 'Hi', questionNumber: 0, questionCount: 7, followUpIndex: 0, last: false });
  check('greeting expects an answer', greeting.expectsAnswer === true && greeting.ordinal === 0 && greeting.questionCount === 7);
  const follow = api.normaliseMessage({ turnId: 'f', kind: 'follow-up', text: 'More?', questionNumber: 3, questionCount: 7, followUpIndex: 1, last: false, notice: 'typed text used' });
  check('follow-up keeps its question number and notice', follow.kind === 'follow-up' && follow.ordinal === 3 && follow.notice === 'typed text used');
  const closing = api.normaliseMessage({ turnId: 'c', kind: 'closing', text: 'Bye', questionNumber: 7, questionCount: 7, last: true });
  check('closing expects no answer', closing.expectsAnswer === false);
  const nested = api.normaliseMessage({ turnId: 'q', kind: 'question', text: 'Q', question: { ordinal: 2, type: 'technical', topic: 'kafka' } });
  check('type/topic read from a nested question too', nested.questionType === 'technical' && nested.topic === 'kafka' && nested.ordinal === 2);
  const view = api.normaliseInterview({ id: 'i', status: 'AWAITING_ANSWER', role: 'Backend', focusTopics: ['java'], questionCount: 7,
    progress: { currentQuestion: 2, answers: 3, followUps: 1 }, overallScore: null, reportId: 'r', reportUrl: '/api/reports/r/pdf' });
  check('interview view: progress and report ids', view.questionsAsked === 2 && view.reportId === 'r' && view.score === null);
  const item = api.normaliseInterview({ id: 'h', status: 'COMPLETED', role: 'Backend', focusTopics: [], createdAt: '2026-11-25T12:00:00Z', overallScore: 3.6, readiness: 'Almost ready' });
  check('history item: score and readiness', item.score === 3.6 && item.readiness === 'Almost ready' && api.isTerminal(item.status));
}

// ---- session: single-flight refresh, one retry, RFC 7807 problems ----
function jsonResponse(status, body, type = 'application/json') {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'content-type': type } });
}
{
  let refreshCalls = 0;
  let issued = 0;
  const calls = [];
  globalThis.fetch = async (path, init) => {
    calls.push(`${init.method} ${path}`);
    if (path === api.PATHS.refresh) {
      refreshCalls++;
      const body = JSON.parse(init.body);
      await new Promise((r) => setTimeout(r, 20));
      if (body.refreshToken !== `refresh-${issued}`) return jsonResponse(401, { title: 'Session expired' }, 'application/problem+json');
      issued++;
      return jsonResponse(200, { accessToken: `access-${issued}`, refreshToken: `refresh-${issued}`, expiresIn: 900 });
    }
    const auth = init.headers.Authorization;
    if (auth !== `Bearer access-${issued}`) return jsonResponse(401, { title: 'Unauthorized' }, 'application/problem+json');
    return jsonResponse(200, []);
  };
  tokens.store({ accessToken: 'stale', refreshToken: 'refresh-0', expiresIn: 900 });
  const results = await Promise.allSettled([api.listInterviews(), api.listInterviews(), api.listInterviews()]);
  check('three parallel 401s share one refresh', refreshCalls === 1, `refresh calls: ${refreshCalls}; ${calls.join(', ')}`);
  check('all three retried and succeeded', results.every((r) => r.status === 'fulfilled' && Array.isArray(r.value)),
    results.map((r) => r.status).join(', '));
  check('rotated refresh token stored in sessionStorage', storage.get('intervu.refreshToken') === 'refresh-1');

  // A refused refresh ends the session and the caller gets a friendly problem.
  tokens.store({ accessToken: 'stale-again', refreshToken: 'revoked', expiresIn: 900 });
  let ended = false;
  const off = api.onSessionChange((loggedIn) => { if (!loggedIn) ended = true; });
  let error = null;
  try { await api.listInterviews(); } catch (e) { error = e; }
  off();
  check('revoked refresh token logs out', ended && !tokens.isLoggedIn() && !storage.has('intervu.refreshToken'));
  check('...and the caller sees a problem title, not JSON', error instanceof api.ApiError && error.status === 401 && !String(error.title).includes('{'));

  // Problem details and non-JSON gateway errors.
  globalThis.fetch = async () => jsonResponse(422, { type: 'https://intervu.dev/problems/resume-not-pdf', title: 'Not a PDF', status: 422,
    detail: 'Upload a PDF.', errors: { resume: 'not a PDF' } }, 'application/problem+json');
  tokens.store({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 });
  try { await api.getInterview('x'); } catch (e) { error = e; }
  check('problem+json: title, detail, field errors', error.title === 'Not a PDF' && error.detail === 'Upload a PDF.' && error.errors?.resume === 'not a PDF');
  globalThis.fetch = async () => new Response('<html>502 Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
  try { await api.getInterview('x'); } catch (e) { error = e; }
  check('HTML 502 from the gateway -> friendly text', error.status === 502 && error.title === 'Service unavailable' && !error.detail.includes('<'));
  globalThis.fetch = async () => { throw new TypeError('Failed to fetch'); };
  try { await api.getInterview('x'); } catch (e) { error = e; }
  check('network down -> status 0 with a friendly text', error.status === 0 && error.title === 'Cannot reach Intervu');

  // 429 with Retry-After: the problem keeps the real wait (up to an hour) for the banner.
  globalThis.fetch = async () => new Response(JSON.stringify({ title: 'Too many attempts', status: 429, detail: 'Wait a little.' }),
    { status: 429, headers: { 'content-type': 'application/problem+json', 'Retry-After': '300' } });
  try { await api.getInterview('x'); } catch (e) { error = e; }
  check('429 keeps Retry-After (300 s) for the message', error.status === 429 && error.retryAfter === 300);

  // report-service's ReportView list: [] while none, then [{id, pdfUrl, pageCount, ...}].
  globalThis.fetch = async () => jsonResponse(200, []);
  check('no report yet -> null', (await api.findReport('i')) === null);
  globalThis.fetch = async () => jsonResponse(200, [{ id: 'r1', interviewId: 'i', title: 'Report', pageCount: 9, sizeBytes: 123456,
    sha256: 'x', etag: '"x"', generatedAt: '2026-11-25T13:00:00Z', revision: 1, pdfUrl: '/api/reports/r1/pdf' }]);
  const found = await api.findReport('i');
  check('ReportView read: id, pdfUrl, pages', found?.id === 'r1' && found.url === '/api/reports/r1/pdf' && found.pageCount === 9);

  // 204 + Retry-After from messages/next.
  globalThis.fetch = async () => new Response(null, { status: 204, headers: { 'Retry-After': '2' } });
  const waiting = await api.nextMessage('x');
  check('204 + Retry-After -> wait', waiting.waitSeconds === 2 && !waiting.message);
}

// ---- logout: revokes the stored refresh token without a bearer (and without refreshing first) ----
{
  const sent = [];
  globalThis.fetch = async (path, init) => { sent.push({ path, init }); return new Response(null, { status: 204 }); };
  tokens.store({ accessToken: 'a', refreshToken: 'refresh-to-revoke', expiresIn: 1 }); // nearly expired
  await api.logout();
  check('logout: one call, to the logout route', sent.length === 1 && sent[0].path === api.PATHS.logout, sent.map((c) => c.path).join(', '));
  check('logout: body has the refresh token, no Authorization header',
    JSON.parse(sent[0].init.body).refreshToken === 'refresh-to-revoke' && !sent[0].init.headers.Authorization);
  check('logout: session cleared', !tokens.isLoggedIn() && !storage.has('intervu.refreshToken'));
}

await import('./turn_checks.mjs').then((m) => m.run(check));
await import('./progress_checks.mjs').then((m) => m.run(check));

console.log(`${checks - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
