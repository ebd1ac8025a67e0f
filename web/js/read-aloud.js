// Optional: the browser reads the interviewer's messages aloud (speechSynthesis, offline in most
// browsers). Off by default; the choice is remembered on this device.
const KEY = 'intervu.readAloud';
const synth = globalThis.speechSynthesis || null;
// Chrome loads its voice list lazily: asking once now means it is there by the first message.
synth?.getVoices();

export const readAloud = {
  supported: Boolean(synth && globalThis.SpeechSynthesisUtterance),
  enabled() {
    try { return this.supported && localStorage.getItem(KEY) === 'on'; } catch { return false; }
  },
  setEnabled(on) {
    try { localStorage.setItem(KEY, on ? 'on' : 'off'); } catch { /* storage disabled */ }
    if (!on) this.stop();
  },
  speak(text) {
    if (!this.enabled() || !text) return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    utterance.rate = 0.98;
    synth.speak(utterance);
  },
  stop() { synth?.cancel(); },
};

/**
 * Speaks `text` whatever the toggle says (conversation mode) and resolves when it is over, was
 * stopped, or cannot be heard: no synthesis, no voice installed (headless browsers), or an engine
 * that never reports the end (a guard of about twice the expected length).
 */
export function speakAndWait(text) {
  if (!synth || !globalThis.SpeechSynthesisUtterance || !text || synth.getVoices().length === 0) {
    return { done: Promise.resolve(false), stop() {} };
  }
  let finish;
  const done = new Promise((resolve) => { finish = resolve; });
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang || 'en';
  utterance.rate = 0.98;
  utterance.addEventListener('end', () => finish(true));
  utterance.addEventListener('error', () => finish(false));
  // Past the guard the room starts listening: a voice still going would talk over the answer and be recorded with it.
  const guard = setTimeout(() => { synth.cancel(); finish(false); }, 2000 + text.split(/\s+/).length * 800);
  done.then(() => clearTimeout(guard));
  synth.cancel();
  synth.speak(utterance);
  return { done, stop() { synth.cancel(); finish(false); } };
}
