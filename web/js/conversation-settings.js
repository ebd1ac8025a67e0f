// The candidate's conversation-mode choices, remembered on this device (localStorage): whether the
// mode is on, the thinking allowance and the pause that ends an answer.
import { TURN_DEFAULTS } from './turn-detector.js';

const KEY = 'intervu.conversation';
export const THINKING_CHOICES = [5, 10, 20, 30];
export const PAUSE_CHOICES = [1.5, 2.5, 4];

let unsaved = null; // used when storage is disabled: the choice then lasts for this page only

function read() {
  if (unsaved) return unsaved;
  try { return JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch { return {}; }
}

function pick(value, choices, fallback) {
  return choices.includes(Number(value)) ? Number(value) : fallback;
}

export const conversationSettings = {
  get() {
    const saved = read();
    return {
      enabled: saved.enabled === true,
      thinkingSeconds: pick(saved.thinkingSeconds, THINKING_CHOICES, TURN_DEFAULTS.thinkingSeconds),
      pauseSeconds: pick(saved.pauseSeconds, PAUSE_CHOICES, TURN_DEFAULTS.pauseSeconds),
    };
  },
  set(changes) {
    const value = { ...this.get(), ...changes };
    try { localStorage.setItem(KEY, JSON.stringify(value)); } catch { unsaved = value; }
    return value;
  },
};
