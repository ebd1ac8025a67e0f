// One hands-free turn of conversation mode: speak the interviewer's message, listen (the
// microphone is open already, so talking over the interviewer stops its voice), record with live
// captions where the browser can, and end the answer on the audio's own pauses (turn-detector.js).
import { AnswerRecorder, openMicrophone } from './recorder.js';
import { MicMeter } from './mic-meter.js';
import { speakAndWait } from './read-aloud.js';
import { startTurn, stepTurn, resumeTurn, startBargeIn, stepBargeIn } from './turn-detector.js';

const FRAME_MS = 50;

export class ConversationTurn {
  /**
   * onPhase(state) on every phase change and about every second; onTranscript(text) for captions;
   * onRecognitionProblem(problem) when the recogniser gives up (the recording carries on).
   */
  constructor({ thinkingSeconds, pauseSeconds, onPhase, onTranscript, onRecognitionProblem }) {
    this.timing = { thinkingSeconds, pauseSeconds };
    this.onPhase = onPhase || (() => {});
    this.onTranscript = onTranscript;
    this.onRecognitionProblem = onRecognitionProblem;
    this.cancelled = false;
  }

  /** Resolves to the recording {audio, transcript, durationSeconds}, or null when cancelled. */
  async run(text, prefix = '') {
    const stream = await openMicrophone();
    this.stream = stream;
    this.meter = new MicMeter(stream);
    if (this.cancelled) return this.release();
    const roomFloorDb = await this.speak(text);
    if (this.cancelled) return this.release();
    this.recorder = new AnswerRecorder({ onTranscript: this.onTranscript, onRecognitionProblem: this.onRecognitionProblem });
    await this.recorder.start(prefix, { stream, meter: this.meter });
    // The room's noise floor as heard while the interviewer spoke: an answer begun over the
    // interviewer is then speech from its first frame, not taken for the room's level.
    this.state = { ...startTurn(this.timing), floorDb: roomFloorDb };
    this.report(true);
    return new Promise((resolve) => {
      this.resolve = resolve;
      this.timer = setInterval(() => this.frame(), FRAME_MS);
    });
  }

  /** Says `text` while watching for the candidate talking over it; resolves to the noise floor heard (dBFS) or null. */
  async speak(text) {
    this.speech = speakAndWait(text);
    this.report(true, { phase: 'interviewer' });
    let heard = startBargeIn();
    const watch = setInterval(() => {
      const db = this.meter.db();
      if (db === null) return;
      const { state, stopVoice } = stepBargeIn(heard, { t: heard.t + FRAME_MS / 1000, db });
      heard = state;
      if (stopVoice) this.speech.stop();
    }, FRAME_MS);
    await this.speech.done;
    clearInterval(watch);
    return heard.floorDb;
  }

  frame() {
    const db = this.recorder.db();
    if (db === null) return; // no Web Audio: only "I'm done" ends the turn
    const before = this.state.phase;
    this.state = stepTurn(this.state, { t: this.recorder.elapsedSeconds(), db });
    this.report(this.state.phase !== before);
    if (this.state.phase === 'ended') this.finish();
  }

  report(changed, extra = {}) {
    const now = Date.now();
    if (!changed && now - (this.reportedAt || 0) < 1000) return;
    this.reportedAt = now;
    this.onPhase({ ...(this.state || {}), blocked: this.meter?.blocked() ?? false, ...extra });
  }

  /** A key pressed while "sending…" shows: the candidate is not done. */
  keepGoing() {
    if (this.state?.phase !== 'sending') return false;
    this.state = resumeTurn(this.state);
    this.report(true);
    return true;
  }

  get listening() { return Boolean(this.resolve) && !this.cancelled; }

  /** "I'm done": stop now and hand over the recording. */
  async finish() {
    if (!this.resolve) return;
    const resolve = this.resolve;
    this.resolve = null;
    clearInterval(this.timer);
    resolve(await this.recorder.stop());
  }

  cancel() {
    this.cancelled = true;
    this.speech?.stop();
    clearInterval(this.timer);
    this.recorder?.cancel();
    this.release();
    this.resolve?.(null);
    this.resolve = null;
  }

  release() {
    this.stream?.getTracks().forEach((t) => t.stop());
    this.meter?.close();
    return null;
  }
}
