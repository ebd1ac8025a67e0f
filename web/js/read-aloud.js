// Optional: the browser reads the interviewer's messages aloud (speechSynthesis, offline in most
// browsers). Off by default; the choice is remembered on this device.
const KEY = 'intervu.readAloud';
const synth = globalThis.speechSynthesis || null;

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
