// Voice answers: MediaRecorder keeps the audio (the server measures pace, pauses, prosody) and the
// browser's Web Speech API gives a live transcript the candidate can correct before sending.
// Either half may be missing in a given browser; typed answers always work.

import { MicMeter } from './mic-meter.js';

const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'];
const SpeechRecognitionImpl = globalThis.SpeechRecognition || globalThis.webkitSpeechRecognition || null;

export const voiceSupport = {
  record: Boolean(globalThis.navigator?.mediaDevices?.getUserMedia && globalThis.MediaRecorder),
  transcribe: Boolean(SpeechRecognitionImpl),
  secure: globalThis.isSecureContext !== false,
};

function pickMimeType() {
  if (!MediaRecorder.isTypeSupported) return '';
  return PREFERRED_TYPES.find((t) => MediaRecorder.isTypeSupported(t)) || '';
}

/** Explains a live-transcript failure; the recording itself carries on. */
export function describeRecognitionError(error) {
  const reasons = {
    network: 'Your browser\'s speech recognition needs a network connection.',
    'not-allowed': 'Speech recognition is not allowed for this site.',
    'service-not-allowed': 'Speech recognition is switched off in this browser.',
    'audio-capture': 'Speech recognition could not hear the microphone.',
    'language-not-supported': 'Speech recognition does not support this language.',
  };
  const reason = reasons[error?.error] || 'Speech recognition stopped.';
  return { title: 'Live transcript unavailable', detail: `${reason} Your audio is still recorded — please type what you said in the answer box.` };
}

/** Explains a microphone (getUserMedia / MediaRecorder) failure in words a candidate can act on. */
export function describeVoiceError(error) {
  const name = error?.name || error?.error || '';
  if (name === 'NotAllowedError' || name === 'not-allowed' || name === 'SecurityError' || name === 'service-not-allowed') {
    return { title: 'Microphone blocked', detail: 'Allow microphone access for this site in your browser, or type your answer instead.' };
  }
  if (name === 'NotFoundError' || name === 'audio-capture') {
    return { title: 'No microphone found', detail: 'Connect a microphone, or type your answer instead.' };
  }
  return { title: 'Recording problem', detail: 'The recording could not start. You can type your answer instead.' };
}

export function openMicrophone() {
  return navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
}

export class AnswerRecorder {
  constructor({ onTranscript, onRecognitionProblem } = {}) {
    this.onTranscript = onTranscript || (() => {});
    this.onRecognitionProblem = onRecognitionProblem || (() => {});
    this.recording = false;
  }

  /**
   * Starts recording; `prefix` is text already in the answer box that the transcript extends.
   * `stream`, `meter`: a microphone already open and its meter (conversation mode opens them while
   * the interviewer speaks, to hear the candidate talk over it).
   */
  async start(prefix = '', { stream, meter } = {}) {
    this.stream = stream || await openMicrophone();
    const mimeType = pickMimeType();
    this.chunks = [];
    this.mediaRecorder = new MediaRecorder(this.stream, mimeType ? { mimeType } : undefined);
    this.mediaRecorder.addEventListener('dataavailable', (e) => { if (e.data?.size) this.chunks.push(e.data); });
    this.mediaRecorder.start(250);
    this.meter = meter || new MicMeter(this.stream);
    this.recording = true;
    this.startedAt = performance.now();
    this.finalText = prefix ? `${prefix.trim()} ` : '';
    this.startRecognition();
  }

  /** Microphone loudness 0..1, so the candidate can see the microphone hears them. */
  level() { return this.meter?.level() ?? 0; }

  /** The current frame's level in dBFS (null without Web Audio). */
  db() { return this.meter?.db() ?? null; }

  releaseAudio() {
    this.stream?.getTracks().forEach((t) => t.stop());
    this.meter?.close();
  }

  elapsedSeconds() {
    return this.recording ? (performance.now() - this.startedAt) / 1000 : 0;
  }

  startRecognition() {
    if (!SpeechRecognitionImpl) return;
    const recognition = new SpeechRecognitionImpl();
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.lang = document.documentElement.lang || navigator.language || 'en-US';
    recognition.addEventListener('result', (event) => {
      let interim = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        if (result.isFinal) this.finalText += `${result[0].transcript.trim()} `;
        else interim += result[0].transcript;
      }
      this.onTranscript(this.finalText + interim);
    });
    recognition.addEventListener('error', (event) => {
      // "no-speech" and "aborted" are routine; anything else stops live transcription for this answer.
      if (event.error === 'no-speech' || event.error === 'aborted') return;
      this.recognitionFailed = true;
      this.onRecognitionProblem(describeRecognitionError(event));
    });
    // Browsers end continuous recognition after silence or about a minute: restart while recording.
    recognition.addEventListener('end', () => {
      if (this.recording && !this.recognitionFailed) {
        try { recognition.start(); } catch { /* already restarting */ }
      }
    });
    this.recognitionFailed = false;
    this.recognition = recognition;
    try { recognition.start(); } catch (e) { this.onRecognitionProblem(describeRecognitionError(e)); }
  }

  /** Stops and resolves to {audio: Blob, transcript: string, durationSeconds}. */
  stop() {
    const durationSeconds = this.elapsedSeconds();
    this.recording = false;
    try { this.recognition?.stop(); } catch { /* not running */ }
    return new Promise((resolve) => {
      const finish = () => {
        this.releaseAudio();
        const type = this.mediaRecorder?.mimeType || 'audio/webm';
        resolve({ audio: new Blob(this.chunks, { type }), transcript: this.finalText.trim(), durationSeconds });
      };
      if (!this.mediaRecorder || this.mediaRecorder.state === 'inactive') { finish(); return; }
      this.mediaRecorder.addEventListener('stop', finish, { once: true });
      this.mediaRecorder.stop();
    });
  }

  cancel() {
    this.recording = false;
    try { this.recognition?.abort(); } catch { /* not running */ }
    try { if (this.mediaRecorder?.state !== 'inactive') this.mediaRecorder?.stop(); } catch { /* already stopped */ }
    this.releaseAudio();
  }
}
