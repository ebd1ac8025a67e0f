// When has the candidate finished answering? Decided on the microphone's energy alone, frame by
// frame, so it works in browsers without speech recognition and does not trust recogniser events
// (which stop and restart on their own). Pure: no DOM, no timers; the caller feeds frames.
//
// Phases: 'thinking' (no answer yet: silence here never ends the turn) → 'speaking' → 'sending'
// (a long enough pause: the caller shows "sending…", speech cancels it) → 'ended'.

export const TURN_DEFAULTS = Object.freeze({
  thinkingSeconds: 10,   // no answer can end inside this, so "Hmm, let me think…" + silence is not an answer
  pauseSeconds: 2.5,     // silence after speech that ends the answer
  graceSeconds: 1.5,     // how long "sending…" stays cancellable
  startVoiceSeconds: 0.2, // voiced time in a row before it counts as speech (clicks and taps do not)
  marginDb: 12,          // voice = this much over the noise floor …
  minVoiceDb: -55,       // … and at least this loud (dBFS)
  floorRiseDbPerSecond: 1, // the floor follows a noisier room slowly; the dips between words pull it back down
});

/** RMS level in dBFS of one frame of samples in -1..1; digital silence is -100. */
const EPS = 1e-6; // frame times are sums of floats: 1.25 - 1.05 must count as 0.2

export function frameDb(samples) {
  let sum = 0;
  for (const s of samples) sum += s * s;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  return rms > 1e-5 ? Math.max(-100, 20 * Math.log10(rms)) : -100;
}

export function startTurn(options = {}) {
  return {
    options: { ...TURN_DEFAULTS, ...options },
    phase: 'thinking',
    t: 0,
    floorDb: null,
    voiceRunSince: null,  // start of the current voiced run
    lastVoiceAt: null,    // end of the last voiced frame once speech started
    firstWordAt: null,
    sendingSince: null,
  };
}

/** The next state after one frame: {t: seconds since the microphone opened, db: frame level}. */
export function stepTurn(state, { t, db }) {
  if (state.phase === 'ended') return state;
  const o = state.options;
  const dt = Math.max(0, t - state.t);
  // Noise floor: drops at once to a quieter frame, rises slowly, so it settles on the room's hiss.
  const floorDb = state.floorDb === null ? db : Math.min(db, state.floorDb + o.floorRiseDbPerSecond * dt);
  const voiced = db >= Math.max(floorDb + o.marginDb, o.minVoiceDb);
  const next = { ...state, t, floorDb };
  next.voiceRunSince = voiced ? (state.voiceRunSince ?? t) : null;
  const isSpeech = voiced && t - next.voiceRunSince >= o.startVoiceSeconds - EPS;

  if (isSpeech) {
    next.lastVoiceAt = t;
    if (next.firstWordAt === null) next.firstWordAt = next.voiceRunSince;
    next.phase = 'speaking';
    next.sendingSince = null;
    return next;
  }
  if (state.phase === 'thinking') return next;
  if (voiced && state.phase === 'speaking') { next.lastVoiceAt = t; return next; }

  const silentFor = t - next.lastVoiceAt;
  if (next.phase === 'speaking' && silentFor >= o.pauseSeconds - EPS && t >= o.thinkingSeconds - EPS) {
    next.phase = 'sending';
    next.sendingSince = t;
  } else if (next.phase === 'sending' && t - next.sendingSince >= o.graceSeconds - EPS) {
    next.phase = 'ended';
  }
  return next;
}

// Talking over the interviewer: with loudspeakers its own voice reaches the microphone, so the
// candidate must be clearly louder than that echo, and for longer than a word of it.
const BARGE_IN = Object.freeze({ marginDb: 20, startVoiceSeconds: 0.35 });

/** The state of the watch for the candidate's voice while the interviewer speaks. */
export function startBargeIn() {
  return startTurn({ ...BARGE_IN, thinkingSeconds: 0 });
}

/**
 * One frame while the interviewer speaks: {state, stopVoice}. stopVoice is true from the frame the
 * candidate is heard talking (the caller then silences the interviewer and listens to the answer).
 */
export function stepBargeIn(state, frame) {
  const next = stepTurn(state, frame);
  return { state: next, stopVoice: next.firstWordAt !== null };
}

/** "Not done yet" (a key pressed during "sending…"): back to speaking, the pause counted afresh. */
export function resumeTurn(state) {
  if (state.phase !== 'sending') return state;
  return { ...state, phase: 'speaking', sendingSince: null, lastVoiceAt: state.t };
}
