// Loudness of a microphone stream through a Web Audio AnalyserNode: a 0..1 level for the meter
// and the frame level in dBFS that the turn detector reads.
import { frameDb } from './turn-detector.js';

export class MicMeter {
  constructor(stream) {
    const AudioContextImpl = globalThis.AudioContext || globalThis.webkitAudioContext;
    if (!AudioContextImpl) return;
    try {
      this.context = new AudioContextImpl();
      this.analyser = this.context.createAnalyser();
      this.analyser.fftSize = 1024;
      this.context.createMediaStreamSource(stream).connect(this.analyser);
      this.samples = new Float32Array(this.analyser.fftSize);
      // Created right after a click this runs; otherwise the autoplay policy may hold it suspended.
      this.context.resume?.().catch(() => {});
    } catch { this.analyser = null; }
  }

  /** True while the browser keeps the audio graph suspended (no user gesture yet): levels read as silence. */
  blocked() { return this.context?.state === 'suspended'; }

  resume() { return this.context?.resume?.(); }

  /** The current frame's level in dBFS, or null without Web Audio. */
  db() {
    if (!this.analyser) return null;
    this.analyser.getFloatTimeDomainData(this.samples);
    return frameDb(this.samples);
  }

  /** 0..1 for the level bar. */
  level() {
    const db = this.db();
    return db === null ? 0 : Math.min(1, Math.max(0, (db + 60) / 50));
  }

  close() {
    this.context?.close().catch(() => {});
    this.context = null;
    this.analyser = null;
  }
}
