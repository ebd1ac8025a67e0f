// Every call the UI makes to the gateway lives here, so a changed route or payload is a one-file fix.
// Routes follow docs/contracts.md and ARCHITECTURE.md "Client-facing API"; shapes the contracts do
// not pin down are read tolerantly by the normalise* functions at the bottom.
import { tokens } from './tokens.js';
import { readEventStream } from './sse.js';
import { normaliseInterview, normaliseMessage, normaliseProgress, isTerminal } from './readers.js';

export { normaliseInterview, normaliseMessage, isTerminal };

export const PATHS = {
  register: '/api/auth/register',
  login: '/api/auth/login',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  resendConfirmation: '/api/auth/resend-confirmation',
  passwordResetRequest: '/api/auth/password-reset',
  passwordResetConfirm: '/api/auth/password-reset/confirm',
  confirmEmail: '/api/auth/confirm',
  me: '/api/auth/me',
  changePassword: '/api/auth/password',
  interviews: '/api/interviews',
  interview: (id) => `/api/interviews/${encodeURIComponent(id)}`,
  // long poll: the server answers as soon as the message is ready (or 204 after 20 s)
  nextMessage: (id) => `/api/interviews/${encodeURIComponent(id)}/messages/next?wait=20`,
  answers: (id) => `/api/interviews/${encodeURIComponent(id)}/answers`,
  events: (id) => `/api/interviews/${encodeURIComponent(id)}/events`,
  practice: (id, questionId) => `/api/interviews/${encodeURIComponent(id)}/questions/${encodeURIComponent(questionId)}/practice`,
  evaluations: (interviewId) => `/api/evaluations?interviewId=${encodeURIComponent(interviewId)}`,
  progress: '/api/evaluations/progress',
  reportsByInterview: (interviewId) => `/api/reports?interviewId=${encodeURIComponent(interviewId)}`,
  reportPdf: (reportId) => `/api/reports/${encodeURIComponent(reportId)}/pdf`,
};

/** A failed call, carrying the RFC 7807 fields the UI shows (never the raw body). */
export class ApiError extends Error {
  constructor({ status, title, detail, errors, type, retryAfter }) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors || null;
    this.type = type || null;
    this.retryAfter = retryAfter ?? null;
  }
}

const FRIENDLY_TITLES = {
  0: ['Cannot reach Intervu', 'Check your connection; the server did not answer.'],
  400: ['Please check your input', 'Something in the form was not accepted.'],
  401: ['Please log in', 'Your session has ended.'],
  403: ['Not allowed', 'Your account cannot do this.'],
  404: ['Not found', 'It may have been deleted, or it belongs to another account.'],
  409: ['Out of step', 'This action does not fit the current state. The page has been refreshed.'],
  413: ['Too large', 'The file is larger than the server accepts.'],
  415: ['Unsupported file', 'The server does not accept this kind of file.'],
  422: ['Could not use this input', 'The server could not process what was sent.'],
  429: ['Too many attempts', 'Please wait a moment before trying again.'],
  500: ['Something went wrong on our side', 'Please try again in a moment.'],
  502: ['Service unavailable', 'Part of Intervu is not reachable right now. Please try again shortly.'],
  503: ['Service unavailable', 'Part of Intervu is starting or busy. Please try again shortly.'],
  504: ['Timed out', 'The server took too long to answer. Please try again.'],
};

function friendly(status) {
  return FRIENDLY_TITLES[status] || FRIENDLY_TITLES[status >= 500 ? 500 : 400];
}

/** Retry-After in seconds (delta or HTTP date), clamped to [0.5, max]. */
export function parseRetryAfter(value, fallbackSeconds = 2, maxSeconds = 60) {
  if (!value) return fallbackSeconds;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 0.5), maxSeconds);
  const date = Date.parse(value);
  if (!Number.isNaN(date)) return Math.min(Math.max((date - Date.now()) / 1000, 0.5), maxSeconds);
  return fallbackSeconds;
}

async function problemFrom(response) {
  const [fallbackTitle, fallbackDetail] = friendly(response.status);
  let body = null;
  const type = response.headers.get('content-type') || '';
  if (type.includes('json')) {
    try { body = await response.json(); } catch { body = null; }
  }
  const problem = body && typeof body === 'object' ? body : {};
  const asText = (v) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return new ApiError({
    status: response.status,
    title: asText(problem.title) || fallbackTitle,
    detail: asText(problem.detail) || (asText(problem.title) ? null : fallbackDetail),
    errors: problem.errors && typeof problem.errors === 'object' ? problem.errors : null,
    type: asText(problem.type),
    retryAfter: response.headers.has('Retry-After') ? parseRetryAfter(response.headers.get('Retry-After'), null, 3600) : null,
  });
}

function networkError() {
  const [title, detail] = friendly(0);
  return new ApiError({ status: 0, title, detail });
}

// ---- session -------------------------------------------------------------------------------

const sessionListeners = new Set();
export function onSessionChange(listener) { sessionListeners.add(listener); return () => sessionListeners.delete(listener); }
function notifySession() { for (const l of sessionListeners) l(tokens.isLoggedIn()); }

let refreshInFlight = null;

/**
 * Exchanges the stored refresh token for a new pair. Single-flight: refresh tokens rotate and a
 * reused one revokes the whole family, so two parallel 401s must share one refresh call.
 */
export function refreshSession() {
  if (refreshInFlight) return refreshInFlight;
  const refreshToken = tokens.refreshToken();
  if (!refreshToken) return Promise.resolve(false);
  refreshInFlight = (async () => {
    try {
      const response = await fetch(PATHS.refresh, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
        credentials: 'same-origin',
      });
      if (!response.ok) {
        // Only a definite rejection ends the session; a gateway hiccup keeps the token for later.
        if (response.status === 400 || response.status === 401 || response.status === 403) {
          tokens.clear();
          notifySession();
        }
        return false;
      }
      tokens.store(await response.json());
      notifySession();
      return true;
    } catch {
      return false;
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

async function send(path, { method = 'GET', json, form, headers = {}, auth = true, accept = 'application/json', signal } = {}) {
  const build = () => {
    const h = { Accept: accept, ...headers };
    if (auth && tokens.accessToken()) h.Authorization = `Bearer ${tokens.accessToken()}`;
    let body;
    if (json !== undefined) { h['Content-Type'] = 'application/json'; body = JSON.stringify(json); }
    if (form !== undefined) body = form; // the browser sets the multipart boundary itself
    return { method, headers: h, body, credentials: 'same-origin', signal };
  };
  if (auth && tokens.needsRefresh()) await refreshSession();
  const sentWith = tokens.accessToken();
  let response;
  try { response = await fetch(path, build()); } catch (e) {
    if (e?.name === 'AbortError') throw e;
    throw networkError();
  }
  if (response.status === 401 && auth && tokens.refreshToken()) {
    // If a parallel call already refreshed while this one was in flight, just retry with the new token.
    const refreshed = tokens.accessToken() && tokens.accessToken() !== sentWith ? true : await refreshSession();
    if (refreshed) {
      try { response = await fetch(path, build()); } catch (e) {
        if (e?.name === 'AbortError') throw e;
        throw networkError();
      }
    }
  }
  if (response.status === 401 && auth) {
    tokens.clear();
    notifySession();
  }
  return response;
}

async function expectJson(response) {
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') || '';
  if (!type.includes('json')) return null;
  try { return await response.json(); } catch { return null; }
}

// ---- auth ----------------------------------------------------------------------------------

export async function register({ username, email, password }) {
  return expectJson(await send(PATHS.register, { method: 'POST', json: { username, email, password }, auth: false }));
}

export async function login({ login, password }) {
  const body = await expectJson(await send(PATHS.login, { method: 'POST', json: { login, password }, auth: false }));
  if (!body?.accessToken) throw new ApiError({ status: 500, title: 'Login failed', detail: 'The server did not return a session.' });
  tokens.store(body);
  notifySession();
  return body;
}

export async function restoreSession() {
  if (tokens.accessToken() && !tokens.needsRefresh()) return true;
  return refreshSession();
}

export async function logout() {
  const refreshToken = tokens.refreshToken();
  try {
    // No bearer needed: sending one could trigger a refresh first, and logging out with the
    // just-rotated token would look like token reuse to auth-service.
    if (refreshToken) await send(PATHS.logout, { method: 'POST', json: { refreshToken }, auth: false });
  } catch { /* logging out locally is what matters to the user */ }
  tokens.clear();
  notifySession();
}

export async function resendConfirmation(email) {
  return expectJson(await send(PATHS.resendConfirmation, { method: 'POST', json: { email }, auth: false }));
}

export async function requestPasswordReset(email) {
  return expectJson(await send(PATHS.passwordResetRequest, { method: 'POST', json: { email }, auth: false }));
}

export async function confirmPasswordReset({ token, newPassword }) {
  return expectJson(await send(PATHS.passwordResetConfirm, { method: 'POST', json: { token, newPassword }, auth: false }));
}

export async function confirmEmail(token) {
  return expectJson(await send(PATHS.confirmEmail, { method: 'POST', json: { token }, auth: false }));
}

export async function me() {
  return expectJson(await send(PATHS.me));
}

export async function changePassword({ currentPassword, newPassword }) {
  return expectJson(await send(PATHS.changePassword, { method: 'POST', json: { currentPassword, newPassword } }));
}

/** Deletes the account (password re-checked by the server); every service then erases its data. */
export async function deleteAccount(password) {
  await expectJson(await send(PATHS.me, { method: 'DELETE', json: { password } }));
  tokens.clear();
  notifySession();
}

// ---- interviews ----------------------------------------------------------------------------

/** Starts preparation; resolves to the new interview id (the server answers 202). */
export async function createInterview({ resume, jobDescription, questionCount, maxFollowUps, candidateName, confidenceOptIn, focusTopics, idempotencyKey }) {
  const form = new FormData();
  form.append('resume', resume, resume.name || 'resume.pdf');
  form.append('jobDescription', jobDescription);
  form.append('questionCount', String(questionCount));
  form.append('maxFollowUps', String(maxFollowUps));
  if (candidateName) form.append('candidateName', candidateName);
  form.append('confidenceOptIn', confidenceOptIn ? 'true' : 'false');
  if (focusTopics?.length) form.append('focusTopics', focusTopics.join(','));
  const headers = idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {};
  const response = await send(PATHS.interviews, { method: 'POST', form, headers });
  const body = await expectJson(response);
  const location = response.headers.get('Location');
  const id = body?.id || body?.interviewId || (location ? location.split('/').filter(Boolean).pop() : null);
  if (!id) throw new ApiError({ status: 500, title: 'Could not start the interview', detail: 'The server did not return an interview id.' });
  return id;
}

export async function getInterview(id) {
  return normaliseInterview(await expectJson(await send(PATHS.interview(id))));
}

export async function listInterviews() {
  const body = await expectJson(await send(PATHS.interviews));
  const items = Array.isArray(body) ? body : body?.items || body?.interviews || body?.content || [];
  return items.map(normaliseInterview);
}

/** Starts a one-question round on a question of a finished interview; resolves to the round's id. */
export async function practiseQuestion(interviewId, questionId, idempotencyKey) {
  const headers = idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {};
  const body = await expectJson(await send(PATHS.practice(interviewId, questionId), { method: 'POST', headers }));
  return body.id;
}

/** The caller's evaluations of one interview: [{questionId, turnKind, overallScore, criteria: [{name, score}]}]. */
export async function listEvaluations(interviewId) {
  const body = await expectJson(await send(PATHS.evaluations(interviewId)));
  return Array.isArray(body?.evaluations) ? body.evaluations : [];
}

/** Scores by topic and criterion and delivery figures across the caller's assessed interviews. */
export async function getProgress() {
  return normaliseProgress(await expectJson(await send(PATHS.progress)));
}

/** Resolves to {message} when the interviewer has spoken, or {waitSeconds} while the server works (204). */
export async function nextMessage(id, { signal } = {}) {
  const response = await send(PATHS.nextMessage(id), { signal });
  if (response.status === 204 || response.status === 202) {
    return { waitSeconds: parseRetryAfter(response.headers.get('Retry-After')) };
  }
  const body = await expectJson(response);
  return { message: normaliseMessage(body) };
}

export async function answerWithText(id, { turnId, text, idempotencyKey }) {
  return expectJson(await send(PATHS.answers(id), {
    method: 'POST', json: { turnId, text }, headers: { 'Idempotency-Key': idempotencyKey },
  }));
}

export async function answerWithAudio(id, { turnId, audio, transcript, idempotencyKey }) {
  const form = new FormData();
  form.append('audio', audio, audioFileName(audio.type));
  if (transcript) form.append('transcript', transcript);
  form.append('turnId', turnId);
  return expectJson(await send(PATHS.answers(id), {
    method: 'POST', form, headers: { 'Idempotency-Key': idempotencyKey },
  }));
}

function audioFileName(type = '') {
  if (type.includes('webm')) return 'answer.webm';
  if (type.includes('ogg')) return 'answer.ogg';
  if (type.includes('mp4') || type.includes('aac')) return 'answer.m4a';
  if (type.includes('wav')) return 'answer.wav';
  return 'answer.bin';
}

/**
 * Listens to the interview's server-sent events. EventSource cannot send an Authorization header
 * and the contracts define no query-token fallback, so the stream is read with fetch instead.
 * Resolves when the stream ends; rejects with ApiError when it is not available (callers poll).
 */
export async function streamEvents(id, onEvent, { signal } = {}) {
  const response = await send(PATHS.events(id), { accept: 'text/event-stream', signal });
  const type = response.headers.get('content-type') || '';
  if (!response.ok) throw await problemFrom(response);
  if (!type.includes('text/event-stream') || !response.body) {
    throw new ApiError({ status: 415, title: 'No live updates', detail: 'The server did not open an event stream.' });
  }
  await readEventStream(response.body, onEvent, signal);
}

// ---- reports -------------------------------------------------------------------------------

/** The report metadata for an interview, or null while it does not exist yet. */
export async function findReport(interviewId) {
  const response = await send(PATHS.reportsByInterview(interviewId));
  if (response.status === 404) return null;
  const body = await expectJson(response);
  const list = Array.isArray(body) ? body : body?.items || (body ? [body] : []);
  const report = list.find(Boolean);
  if (!report) return null;
  return {
    id: report.id || report.reportId,
    url: report.pdfUrl || report.url || null,
    pageCount: report.pageCount ?? null,
    sizeBytes: report.sizeBytes ?? null,
    generatedAt: report.generatedAt || report.createdAt || null,
  };
}

/** Fetches the PDF with the bearer token (a plain link could not carry it) and returns a Blob. */
export async function downloadReportPdf(report) {
  const path = report.url && report.url.startsWith('/api/') ? report.url : PATHS.reportPdf(report.id);
  const response = await send(path, { accept: 'application/pdf' });
  if (!response.ok) throw await problemFrom(response);
  return response.blob();
}
