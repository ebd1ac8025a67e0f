// The interview room: the interviewer's current message, the candidate's answer (voice or typed),
// progress, and the end of the interview with its report. The server owns the turn state; this
// view only asks for the next message, waits when told to (204 + Retry-After), and answers once.
import * as api from '../api.js';
import { h, clear, showProblem, clearBanner, sleep, uuid, focusHeading } from '../ui.js';
import { createAnswerPanel } from './answer-panel.js';
import { reportButton, describeReport } from './report-link.js';
import { attemptComparison } from './practice.js';
import { readAloud } from '../read-aloud.js';
import { createConversationPanel } from './conversation-panel.js';

const KIND_LABELS = { greeting: 'Welcome', question: 'Question', 'follow-up': 'Follow-up', closing: 'Closing' };

export function roomView({ id }) {
  const controller = new AbortController();
  const { signal } = controller;
  const state = {
    interview: null,
    message: null,          // the message on screen
    awaitingAnswer: false,  // true while the candidate may answer the message on screen
    lastAnsweredTurnId: null, // the turn the last accepted answer was for
    idempotencyKeys: new Map(), // turnId -> key, reused when a send is retried
    finished: false,
  };

  // ---- layout ----
  const title = h('h1', { id: 'view-title', text: 'Interview' });
  const progressText = h('p', { class: 'progress-text', id: 'progress-text', text: 'Getting ready…' });
  const progressBar = h('progress', { max: 1, value: 0, 'aria-labelledby': 'progress-text' });
  const roleText = h('p', { class: 'muted' });
  const log = h('ol', { class: 'conversation', 'aria-label': 'Conversation so far' });
  const current = h('div', { class: 'message-card' });
  // Screen readers hear each new interviewer message once, without the card's buttons.
  const announcer = h('div', { class: 'visually-hidden', id: 'interviewer-live', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const thinking = h('div', { class: 'working', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('p', { text: 'The interviewer is getting ready…' }));
  const answerPanel = createAnswerPanel({ onSend: send, beforeSubmit: () => conversation.beforeSubmit() });
  const conversation = createConversationPanel({
    answerPanel,
    // Switched on or off mid-turn: this message is answered the new way.
    onToggle: () => { if (state.message && state.awaitingAnswer) startAnswering(state.message); },
  });
  const endPanel = h('div', { class: 'end-panel', hidden: true });
  const readAloudButton = readAloud.supported
    ? h('button', { type: 'button', class: 'small subtle read-aloud', 'aria-pressed': String(readAloud.enabled()), text: 'Read questions aloud' })
    : null;
  readAloudButton?.addEventListener('click', () => {
    const on = readAloudButton.getAttribute('aria-pressed') !== 'true';
    readAloud.setEnabled(on);
    readAloudButton.setAttribute('aria-pressed', String(on));
    if (on && state.message) readAloud.speak(state.message.text);
  });

  const element = h('section', { class: 'room', 'aria-labelledby': 'view-title' },
    h('header', { class: 'room-header' },
      h('div', {}, title, roleText),
      h('div', { class: 'progress-wrap' }, progressText, progressBar)),
    h('div', { class: 'conversation-bar' }, conversation.toggle, conversation.settings),
    log, current, announcer, thinking, conversation.status, answerPanel.element, endPanel);

  // ---- waking: SSE events and answers cut a wait short ----
  let wakeResolve = null;
  const wake = () => { wakeResolve?.(); wakeResolve = null; };
  const waitOrWake = (seconds) => new Promise((resolve) => {
    wakeResolve = resolve;
    sleep(seconds * 1000, signal).then(resolve);
  });

  function setThinking(text) {
    thinking.hidden = !text;
    if (text) thinking.querySelector('p').textContent = text;
  }

  function updateProgress(message) {
    const total = message?.questionCount ?? state.interview?.questionCount ?? null;
    const ordinal = message?.ordinal ?? null;
    if (message?.kind === 'greeting') progressText.textContent = total ? `Warm-up · ${total} questions ahead` : 'Warm-up';
    else if (message?.kind === 'closing') progressText.textContent = 'Interview complete';
    else if (ordinal && total) progressText.textContent = `Question ${ordinal} of ${total}` + (message.kind === 'follow-up' ? ' · follow-up' : '');
    else if (ordinal) progressText.textContent = `Question ${ordinal}`;
    progressBar.max = total || 1;
    progressBar.value = message?.kind === 'closing' ? (total || 1) : Math.max(0, (ordinal || 1) - (message?.kind === 'greeting' ? 1 : 0.5));
    progressBar.setAttribute('aria-valuetext', progressText.textContent);
  }

  const interviewerName = () => state.interview?.interviewerName || 'Interviewer';

  function archiveCurrent() {
    if (!state.message) return;
    log.append(h('li', { class: 'turn interviewer' },
      h('span', { class: 'speaker', text: interviewerName() }), h('p', { text: state.message.text })));
  }

  function present(message) {
    archiveCurrent();
    state.message = message;
    updateProgress(message);
    const badges = [h('span', { class: `badge kind-${message.kind}`, text: KIND_LABELS[message.kind] || 'Message' })];
    if (message.questionType) badges.push(h('span', { class: 'badge', text: message.questionType }));
    if (message.topic) badges.push(h('span', { class: 'badge topic', text: message.topic }));
    clear(current,
      h('div', { class: 'message-top' }, h('div', { class: 'badges' }, badges), readAloudButton),
      h('p', { class: 'speaker', text: `${interviewerName()} says` }),
      h('p', { class: 'message-text', text: message.text }),
      message.notice ? h('p', { class: 'message-notice', text: message.notice }) : null);
    current.hidden = false;
    announcer.textContent = `${message.notice ? `${message.notice} ` : ''}${interviewerName()}, ${(KIND_LABELS[message.kind] || 'message').toLowerCase()}: ${message.text}`;
    setThinking(null);
    state.awaitingAnswer = message.expectsAnswer && message.kind !== 'closing';
    current.scrollIntoView({ block: 'start', behavior: smoothScroll() });
    if (state.awaitingAnswer) startAnswering(message);
    else {
      answerPanel.reset(false, message.kind);
      if (conversation.enabled()) conversation.say(message.text); else readAloud.speak(message.text);
    }
  }

  function startAnswering(message) {
    const hands = conversation.enabled();
    conversation.stop();
    answerPanel.reset(true, message.kind, { conversation: hands });
    if (hands) {
      readAloud.stop();
      conversation.begin(message);
    } else {
      readAloud.speak(message.text);
    }
    answerPanel.focus();
  }

  // ---- the loop ----
  async function loop() {
    let errorDelay = 2;
    try {
      state.interview = await api.getInterview(id);
      title.textContent = state.interview.role ? `Interview: ${state.interview.role}` : 'Interview';
      document.title = `${title.textContent} · Intervu`;
      roleText.textContent = [state.interview.company, state.interview.focusTopics.slice(0, 4).join(', ')].filter(Boolean).join(' · ');
      if (state.interview.status === 'FAILED' || state.interview.status === 'ABANDONED' || state.interview.status === 'COMPLETED') {
        finish(state.interview.status);
        return;
      }
    } catch (error) {
      if (signal.aborted) return;
      showProblem(error);
      if (error.status === 404 || error.status === 401) { setThinking(null); return; }
    }
    while (!signal.aborted && !state.finished) {
      if (state.awaitingAnswer) { await waitOrWake(3600); continue; }
      try {
        const result = await api.nextMessage(id, { signal });
        errorDelay = 2;
        if (result.message && result.message.turnId !== state.message?.turnId) {
          // The same turn again after an accepted answer means the server asks for it once more
          // (e.g. "we did not hear any speech"): a fresh attempt needs a fresh Idempotency-Key.
          const again = result.message.turnId === state.lastAnsweredTurnId;
          if (again) state.idempotencyKeys.delete(result.message.turnId);
          present(again ? { ...result.message, notice: result.message.notice || 'Please answer this one again.' } : result.message);
          if (result.message.kind === 'closing') { finish('COMPLETED'); return; }
          continue;
        }
        await waitOrWake(result.waitSeconds ?? 2);
      } catch (error) {
        if (signal.aborted) return;
        if (error.status === 404 || error.status === 409 || error.status === 410) {
          // No next message: the interview may have ended (completed, abandoned) meanwhile.
          const interview = await api.getInterview(id).catch(() => null);
          if (interview && api.isTerminal(interview.status)) { finish(interview.status); return; }
        }
        if (error.status === 401) { setThinking(null); return; }
        showProblem(error);
        await waitOrWake(Math.min(error.retryAfter ?? errorDelay, 30));
        errorDelay = Math.min(errorDelay * 2, 30);
      }
    }
  }

  // ---- server-sent events as a wake-up signal; polling carries on without them ----
  async function listen() {
    // A stream that ends within seconds, five times in a row, is treated as unavailable: polling
    // then carries on alone instead of reconnecting in a tight loop.
    let shortLived = 0;
    while (!signal.aborted && shortLived < 5) {
      const openedAt = Date.now();
      try {
        await api.streamEvents(id, (event) => {
          if (/report/i.test(event.type) || /report/i.test(event.data?.type || '')) reportWaker?.();
          wake();
        }, { signal });
      } catch (error) {
        if (signal.aborted) return;
        if (error.status === 404 || error.status === 415 || error.status === 405 || error.status === 401) return;
      }
      shortLived = Date.now() - openedAt < 15_000 ? shortLived + 1 : 0;
      await sleep(Math.min(2000 * 2 ** shortLived, 30_000), signal);
    }
  }

  // ---- the end ----
  let reportWaker = null;
  function finish(status) {
    state.finished = true;
    state.awaitingAnswer = false;
    conversation.stop();
    answerPanel.reset(false);
    setThinking(null);
    const heading = h('h2', { text: status === 'COMPLETED' ? 'Thank you — that is the end of the interview' : 'This interview has ended' });
    const reportArea = h('div', { class: 'report-area', role: 'status' });
    clear(endPanel, heading,
      h('p', { text: status === 'COMPLETED'
        ? 'Your answers are being evaluated. Your feedback report (PDF) appears here and in History when it is ready.'
        : status === 'ABANDONED' ? 'It timed out after a long pause. Start a new one whenever you like.'
          : 'It could not continue. Start a new one whenever you like.' }),
      reportArea,
      h('p', { class: 'actions' },
        h('a', { href: '#/history', class: 'button', text: 'Go to History' }),
        h('a', { href: '#/new', class: 'button subtle', text: 'New interview' })));
    endPanel.hidden = false;
    // The closing line was announced by the live region; focus moves on to what happens next.
    focusHeading(endPanel);
    if (status === 'COMPLETED') waitForReport(reportArea);
  }

  async function waitForReport(area) {
    clear(area, h('div', { class: 'working' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('p', { text: 'Writing your report…' })));
    let delay = 4;
    const deadline = Date.now() + 15 * 60 * 1000;
    while (!signal.aborted && Date.now() < deadline) {
      try {
        // report-service knows first; interview-service copies the id once report.generated arrives.
        let report = await api.findReport(id).catch((e) => { if (e.status === 401) throw e; return null; });
        if (!report) {
          const interview = await api.getInterview(id);
          if (interview.reportId) report = { id: interview.reportId, url: interview.reportUrl };
        }
        if (report) {
          // a practice round: its answer is scored by now, so set it beside the earlier attempt
          const round = await api.getInterview(id).catch(() => null);
          clear(area, h('p', { text: `Your report is ready${describeReport(report) ? ` (${describeReport(report)})` : ''}.` }),
            reportButton(id, { report, className: 'button primary' }), round ? attemptComparison(round) : null);
          return;
        }
      } catch (error) {
        if (signal.aborted) return;
        if (error.status === 401) return;
      }
      await new Promise((resolve) => { reportWaker = resolve; sleep(delay * 1000, signal).then(resolve); });
      delay = Math.min(delay * 1.5, 20);
    }
    if (!signal.aborted) clear(area, h('p', { text: 'The report is taking longer than usual. It will appear in History when it is ready.' }));
  }

  // ---- answering ----
  async function send({ text, recording }) {
    const message = state.message;
    if (!message || !state.awaitingAnswer) return;
    const turnId = message.turnId;
    if (!state.idempotencyKeys.has(turnId)) state.idempotencyKeys.set(turnId, uuid());
    const idempotencyKey = state.idempotencyKeys.get(turnId);
    clearBanner();
    try {
      if (recording?.audio?.size) {
        await api.answerWithAudio(id, { turnId, audio: recording.audio, transcript: text, idempotencyKey });
      } else {
        await api.answerWithText(id, { turnId, text, idempotencyKey });
      }
    } catch (error) {
      if (error.status === 409) {
        // Out of turn (already answered elsewhere, or the state moved on): fetch what is current.
        showProblem(error);
        state.awaitingAnswer = false;
        archiveCurrent();
        state.message = null; // whatever is current now will be shown, even this turn again
        clear(current);
        current.hidden = true;
        answerPanel.reset(false);
        setThinking('Catching up with the interview…');
        wake();
        return true;
      }
      throw error;
    }
    state.lastAnsweredTurnId = turnId;
    state.awaitingAnswer = false;
    conversation.stop();
    archiveCurrent();
    log.append(h('li', { class: 'turn candidate' },
      h('span', { class: 'speaker', text: recording?.audio?.size ? 'You (spoken)' : 'You' }),
      h('p', { text: text || '(audio answer)' })));
    state.message = null;
    clear(current);
    current.hidden = true;
    answerPanel.reset(false);
    setThinking('The interviewer is considering your answer…');
    thinking.setAttribute('tabindex', '-1');
    thinking.focus();
    wake();
    return true;
  }

  answerPanel.reset(false);
  current.hidden = true;
  loop();
  listen();

  // Closing or reloading the tab would lose a recording or a typed answer: ask first.
  const guardUnload = (event) => {
    if (state.awaitingAnswer && answerPanel.hasUnsentWork()) { event.preventDefault(); event.returnValue = ''; }
  };
  window.addEventListener('beforeunload', guardUnload);

  return {
    element,
    destroy() {
      controller.abort();
      answerPanel.stop();
      conversation.destroy();
      readAloud.stop();
      window.removeEventListener('beforeunload', guardUnload);
      wake();
    },
  };
}

function smoothScroll() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
