// The candidate's answer: record (MediaRecorder + live transcript) and/or type, correct, send.
// The room decides what a send means (onSend); this panel owns the controls and the recording.
import { h, showProblem, showNotice } from '../ui.js';
import { AnswerRecorder, voiceSupport, describeVoiceError } from '../recorder.js';

const MAX_RECORDING_SECONDS = 5 * 60; // keeps uploads well under the gateway's and the service's limits
const READY_REPLY = "Yes, I'm ready.";

// beforeSubmit() may return false to take a send over (conversation mode stops its recording first).
export function createAnswerPanel({ onSend, beforeSubmit = () => true }) {
  const textarea = h('textarea', { id: 'answer', rows: 6, 'aria-describedby': 'answer-hint voice-status', spellcheck: 'true' });
  const hint = h('p', { class: 'hint', id: 'answer-hint' });
  const voiceStatus = h('p', { class: 'voice-status', id: 'voice-status', role: 'status' });
  const recordButton = h('button', { type: 'button', class: 'record', 'aria-pressed': 'false' });
  const discardButton = h('button', { type: 'button', class: 'subtle', text: 'Discard recording', hidden: true });
  const levelBar = h('span', { class: 'level-bar' });
  const level = h('span', { class: 'level', 'aria-hidden': 'true', hidden: true }, levelBar);
  const readyButton = h('button', { type: 'button', class: 'subtle', text: READY_REPLY, hidden: true });
  const sendButton = h('button', { type: 'submit', class: 'primary', text: 'Send answer' });
  const form = h('form', { class: 'answer-panel', novalidate: true },
    h('h2', { class: 'visually-hidden', text: 'Your answer' }),
    h('div', { class: 'voice-row' }, recordButton, level, discardButton, voiceStatus),
    h('div', { class: 'field' }, h('label', { for: 'answer', text: 'Your answer' }), textarea, hint),
    h('div', { class: 'actions' }, sendButton, readyButton, h('span', { class: 'hint', text: 'Ctrl+Enter sends' })));

  let recorder = null;
  let timer = null;
  let lastRecording = null; // {audio, transcript, durationSeconds} once a recording has stopped

  const setRecordLabel = (recording) => {
    recordButton.textContent = recording ? 'Stop recording' : (voiceSupport.record ? 'Answer by voice' : 'Voice not available');
    recordButton.setAttribute('aria-pressed', recording ? 'true' : 'false');
    recordButton.classList.toggle('on', recording);
    textarea.readOnly = recording && voiceSupport.transcribe;
  };

  const baseHint = () => {
    if (!voiceSupport.record) return 'Type your answer. (This browser cannot record audio here — it needs HTTPS or localhost.)';
    if (!voiceSupport.transcribe) return 'Record, then type what you said (this browser has no live transcript) — or just type.';
    return 'Speak and your words appear here; correct anything before sending. You can also just type.';
  };

  async function stopRecording(reason = '') {
    clearInterval(timer);
    const result = await recorder.stop();
    recorder = null;
    lastRecording = result;
    if (result.transcript && voiceSupport.transcribe) textarea.value = result.transcript;
    setRecordLabel(false);
    level.hidden = true;
    discardButton.hidden = false;
    voiceStatus.textContent = `${reason}Recorded ${formatSeconds(result.durationSeconds)}. Check the text, then send.`;
    textarea.focus();
  }

  readyButton.addEventListener('click', () => {
    textarea.value = READY_REPLY;
    form.requestSubmit();
  });

  recordButton.addEventListener('click', async () => {
    if (!voiceSupport.record) { showProblem(describeVoiceError({ name: 'NotFoundError' })); return; }
    if (recorder?.recording) { await stopRecording(); return; }
    recorder = new AnswerRecorder({
      onTranscript: (text) => { textarea.value = text; },
      onRecognitionProblem: (problem) => {
        textarea.readOnly = false;
        showNotice(problem.title, problem.detail);
      },
    });
    try {
      await recorder.start(textarea.value);
    } catch (error) {
      recorder = null;
      showProblem(describeVoiceError(error));
      return;
    }
    lastRecording = null;
    discardButton.hidden = true;
    setRecordLabel(true);
    voiceStatus.textContent = 'Recording… 0:00';
    level.hidden = false;
    let lastSecond = 0;
    timer = setInterval(() => {
      if (!recorder?.recording) return;
      const elapsed = recorder.elapsedSeconds();
      levelBar.style.transform = `scaleX(${recorder.level().toFixed(2)})`;
      // Update the text once a second only: it is a status region, read out on change.
      if (Math.floor(elapsed) !== lastSecond) {
        lastSecond = Math.floor(elapsed);
        voiceStatus.textContent = `Recording… ${formatSeconds(elapsed)}`;
      }
      if (elapsed >= MAX_RECORDING_SECONDS) stopRecording('Stopped at the 5-minute limit. ');
    }, 100);
  });

  discardButton.addEventListener('click', () => {
    lastRecording = null;
    discardButton.hidden = true;
    voiceStatus.textContent = 'Recording discarded; your typed text will be sent.';
    recordButton.focus();
  });

  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); form.requestSubmit(); }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sendButton.disabled || !beforeSubmit()) return;
    if (recorder?.recording) { showNotice('Still recording', 'Stop the recording first, then send.'); return; }
    const text = textarea.value.trim();
    if (!text && !lastRecording?.audio?.size) {
      showProblem({ title: 'Nothing to send yet', detail: 'Record or type your answer first.' });
      textarea.focus();
      return;
    }
    sendButton.disabled = true;
    recordButton.disabled = true;
    sendButton.textContent = 'Sending…';
    sendButton.setAttribute('aria-busy', 'true');
    try {
      await onSend({ text, recording: lastRecording });
    } catch (error) {
      showProblem(error);
      sendButton.disabled = false;
      recordButton.disabled = !voiceSupport.record;
    } finally {
      sendButton.textContent = 'Send answer';
      sendButton.removeAttribute('aria-busy');
    }
  });

  const conversationHint = () => (voiceSupport.transcribe
    ? 'Your words appear here as you speak; you can correct them before the answer is sent.'
    : 'This browser has no live transcript: type what you say here, while you speak or after.');

  return {
    element: form,
    focus: () => (voiceSupport.record && !recordButton.hidden ? recordButton : textarea).focus({ preventScroll: true }),
    reset(enabled, kind, { conversation = false } = {}) {
      if (recorder?.recording) { clearInterval(timer); recorder.cancel(); recorder = null; }
      lastRecording = null;
      form.hidden = !enabled;
      readyButton.hidden = kind !== 'greeting';
      level.hidden = true;
      textarea.value = '';
      textarea.readOnly = false;
      textarea.placeholder = kind === 'greeting' ? 'e.g. Yes, I am ready.' : '';
      discardButton.hidden = true;
      voiceStatus.textContent = '';
      hint.textContent = baseHint();
      sendButton.disabled = false;
      recordButton.disabled = !voiceSupport.record;
      setRecordLabel(false);
      recordButton.hidden = conversation;
      if (conversation) hint.textContent = conversationHint();
    },
    /** Push-to-talk again (conversation mode could not open the microphone). */
    showRecordButton() { recordButton.hidden = false; hint.textContent = baseHint(); },
    text: () => textarea.value,
    setText(text) { textarea.value = text; },
    /** Sends a conversation-mode recording with the text in the box. */
    submitRecording(recording) {
      lastRecording = recording;
      form.requestSubmit();
    },
    /** The typed-correction step: the recording is kept and the candidate types what they said. */
    offerCorrection(recording) {
      lastRecording = recording;
      discardButton.hidden = false;
      voiceStatus.textContent = `Recorded ${formatSeconds(recording.durationSeconds)}. Type what you said, then send.`;
      textarea.focus();
    },
    stop() { if (recorder) { clearInterval(timer); recorder.cancel(); } },
    hasUnsentWork: () => Boolean(recorder?.recording || lastRecording || (!form.hidden && textarea.value.trim())),
  };
}

function formatSeconds(seconds) {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
