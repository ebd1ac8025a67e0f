// Conversation mode in the room: the switch and its timing (remembered), and the status of the
// hands-free turn: listening, "sending…" (cancellable), "I'm done". The answer itself still goes
// through the answer panel: audio + the text in its box, as a push-to-talk answer does.
import { h, showProblem, showNotice } from '../ui.js';
import { ConversationTurn } from '../conversation.js';
import { conversationSettings, THINKING_CHOICES, PAUSE_CHOICES } from '../conversation-settings.js';
import { speakAndWait } from '../read-aloud.js';
import { voiceSupport, describeVoiceError } from '../recorder.js';

export function createConversationPanel({ answerPanel, onToggle }) {
  const toggle = h('button', { type: 'button', class: 'small subtle conversation-toggle', 'aria-pressed': String(isOn()),
    text: 'Conversation mode', hidden: !voiceSupport.record });
  const thinking = select('thinking-seconds', 'Thinking time before you answer', THINKING_CHOICES, 'thinkingSeconds');
  const pause = select('pause-seconds', 'Pause that ends your answer', PAUSE_CHOICES, 'pauseSeconds');
  const settings = h('details', { class: 'conversation-settings', hidden: !isOn() },
    h('summary', { text: 'Conversation timing' }), thinking, pause);

  const statusText = h('p', { class: 'conversation-text', role: 'status' });
  const bar = h('span', { class: 'sending-bar', 'aria-hidden': 'true' });
  const doneButton = h('button', { type: 'button', class: 'primary', text: "I'm done" });
  const listenButton = h('button', { type: 'button', class: 'subtle', text: 'Start listening', hidden: true });
  const status = h('div', { class: 'conversation-status', hidden: true, 'data-phase': 'off' },
    statusText, h('span', { class: 'sending-track' }, bar), h('p', { class: 'actions' }, doneButton, listenButton));

  let turn = null;

  function isOn() { return voiceSupport.record && conversationSettings.get().enabled; }

  function select(id, label, choices, key) {
    const input = h('select', { id }, choices.map((c) => h('option', { value: String(c), text: `${c} s` })));
    input.value = String(conversationSettings.get()[key]);
    input.addEventListener('change', () => conversationSettings.set({ [key]: Number(input.value) }));
    return h('div', { class: 'field inline' }, h('label', { for: id, text: label }), input);
  }

  toggle.addEventListener('click', () => {
    const on = !isOn();
    conversationSettings.set({ enabled: on });
    toggle.setAttribute('aria-pressed', String(on));
    settings.hidden = !on;
    if (!on) stop();
    onToggle(on);
  });

  function render(state) {
    const { pauseSeconds } = conversationSettings.get();
    status.dataset.phase = state.phase;
    // When the answer started and paused, in seconds since the microphone opened (read by the browser test).
    if (state.firstWordAt != null) status.dataset.firstWordAt = state.firstWordAt.toFixed(2);
    if (state.phase === 'sending') status.dataset.pauseFrom = (state.lastVoiceAt ?? 0).toFixed(2);
    if (state.phase === 'sending') status.dataset.sendingAt = state.sendingSince.toFixed(2);
    listenButton.hidden = !state.blocked;
    // Nothing to finish while the interviewer is still speaking: talking over it is how to answer early.
    doneButton.hidden = state.phase === 'interviewer';
    bar.classList.toggle('running', state.phase === 'sending');
    statusText.textContent = state.blocked ? 'The browser paused the microphone. Press “Start listening”.'
      : {
        interviewer: 'The interviewer is speaking. Talk over it to answer straight away.',
        thinking: 'Listening. Take your time to think — the answer starts when you speak.',
        speaking: `Listening… Pause for ${pauseSeconds} s when you are done, or press “I'm done”.`,
        sending: 'Sending… Keep talking or press any key if you are not done.',
        ended: 'Sending…',
      }[state.phase] || '';
  }

  // Any key while "sending…" shows means "not done yet"; the key still does what it does.
  const onKey = () => { turn?.keepGoing(); };
  document.addEventListener('keydown', onKey, true);
  doneButton.addEventListener('click', () => turn?.finish());
  listenButton.addEventListener('click', () => turn?.meter?.resume());

  async function begin(message) {
    stop();
    const current = new ConversationTurn({
      ...conversationSettings.get(),
      onPhase: render,
      onTranscript: (text) => answerPanel.setText(text),
      onRecognitionProblem: (problem) => showNotice(problem.title, problem.detail),
    });
    turn = current;
    for (const key of ['firstWordAt', 'pauseFrom', 'sendingAt']) delete status.dataset[key];
    status.hidden = false;
    const recording = await current.run(message.text, answerPanel.text()).catch((error) => {
      showProblem(describeVoiceError(error));
      answerPanel.showRecordButton();
      return null;
    });
    if (turn !== current) return;
    turn = null;
    status.hidden = true;
    status.dataset.phase = 'off';
    if (!recording) return;
    const spoke = current.state?.firstWordAt != null;
    // Typed, never spoken (or no Web Audio to tell): the text alone, since a recording of
    // silence would be refused as "no speech" and the typed answer lost with it.
    if (!spoke && answerPanel.text().trim()) answerPanel.submitRecording(null);
    else if (answerPanel.text().trim()) answerPanel.submitRecording(recording);
    else answerPanel.offerCorrection(recording);
  }

  function stop() {
    turn?.cancel();
    turn = null;
    status.hidden = true;
    status.dataset.phase = 'off';
  }

  return {
    toggle,
    settings,
    status,
    enabled: isOn,
    begin,
    stop,
    /** Says a message that needs no answer (the closing line). */
    say(text) { speakAndWait(text); },
    /** A send while listening first stops the recording; the recording then sends itself. */
    beforeSubmit() {
      if (!turn?.listening) return true;
      turn.finish();
      return false;
    },
    destroy() { stop(); document.removeEventListener('keydown', onKey, true); },
  };
}
