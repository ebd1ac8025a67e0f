// Conversation mode's end-of-answer rules (js/turn-detector.js) fed with synthetic energy frames,
// and its remembered settings (js/conversation-settings.js). Called by unit_checks.mjs.
const root = new URL('../js/', import.meta.url);
const { startTurn, stepTurn, resumeTurn, frameDb, startBargeIn, stepBargeIn } = await import(new URL('turn-detector.js', root));

const FRAME = 0.05;
const ROOM = -62;  // a quiet room's hiss, dBFS
const VOICE = -24; // talking

/** Feeds `segments` ([seconds, dB] in turn) from state, one 50 ms frame at a time; notes phase changes. */
function feed(segments, state = startTurn(), changes = []) {
  for (const [seconds, db] of segments) {
    const frames = Math.round(seconds / FRAME);
    for (let i = 0; i < frames; i++) {
      const t = Math.round((state.t + FRAME) * 1000) / 1000;
      const before = state.phase;
      // ±1.5 dB of wobble so nothing relies on perfectly flat levels
      state = stepTurn(state, { t, db: db + Math.sin(t * 37) * 1.5 });
      if (state.phase !== before) changes.push(`${state.phase}@${t.toFixed(2)}`);
    }
  }
  return { state, changes };
}

/** Feeds `segments` to the watch that runs while the interviewer speaks; the time it stops the voice, or null. */
function bargeInAt(segments) {
  let state = startBargeIn();
  for (const [seconds, db] of segments) {
    for (let i = 0; i < Math.round(seconds / FRAME); i++) {
      const t = Math.round((state.t + FRAME) * 1000) / 1000;
      const step = stepBargeIn(state, { t, db: db + Math.sin(t * 37) * 1.5 });
      if (step.stopVoice) return t;
      state = step.state;
    }
  }
  return null;
}

export async function run(check) {
  {
    // The microphone opens before the interviewer speaks, so the room's floor is known first.
    const echo = ROOM + 16; // the interviewer's own voice from loudspeakers, picked up by the microphone
    check('barge-in: the interviewer\'s echo in the microphone does not stop its voice', bargeInAt([[0.5, ROOM], [12, echo]]) === null);
    check('barge-in: a 0.3 s cough or "mm" does not stop it', bargeInAt([[0.5, ROOM], [0.3, VOICE], [5, ROOM]]) === null);
    const at = bargeInAt([[0.5, ROOM], [2, echo], [1, VOICE]]);
    check('barge-in: the candidate talking over it stops the voice after 0.35 s of speech', at !== null && Math.abs(at - 2.85) < 0.06, String(at));
    const quiet = bargeInAt([[0.5, ROOM], [1.5, VOICE], [3, ROOM]]);
    check('barge-in: speaking in a quiet room stops it too', quiet !== null && quiet < 1.0, String(quiet));
    check('barge-in: talking over is decided at once, no thinking allowance', bargeInAt([[0.1, ROOM], [0.5, VOICE]]) !== null);
  }
  {
    const { state } = feed([[60, ROOM]]);
    check('turn: a minute of silence before speaking never ends the turn', state.phase === 'thinking', state.phase);
  }
  {
    const { state } = feed([[3, ROOM], [0.1, VOICE], [3, ROOM], [0.08, VOICE], [20, ROOM]]);
    check('turn: clicks and taps (≤ 0.1 s) are not speech', state.phase === 'thinking' && state.firstWordAt === null, state.phase);
  }
  {
    // "Hmm, let me think…" at 2 s, silence to 9.9 s: inside the 10 s thinking allowance, not an answer.
    const { state, changes } = feed([[2, ROOM], [1, VOICE], [6.9, ROOM]]);
    check('turn: a pause inside the thinking allowance does not end it', state.phase === 'speaking', changes.join(' '));
    const later = feed([[0.2, ROOM]], state).state;
    check('turn: ...once the allowance is over, the long pause does', later.phase === 'sending', later.phase);
  }
  {
    // Answer from 12 s to 20 s after a long think, then silence.
    const answered = feed([[12, ROOM], [8, VOICE]]).state;
    check('turn: speaking after 12 s of thinking', answered.phase === 'speaking' && Math.abs(answered.firstWordAt - 12.05) < 0.11,
      `${answered.phase} first word at ${answered.firstWordAt}`);
    const almost = feed([[2.4, ROOM]], answered).state;
    check('turn: 2.4 s of pause does not end the answer', almost.phase === 'speaking', almost.phase);
    const paused = feed([[0.15, ROOM]], almost).state;
    check('turn: 2.5 s of pause shows "sending…"', paused.phase === 'sending', paused.phase);
    const spokeAgain = feed([[0.5, VOICE]], paused).state;
    check('turn: speaking again cancels "sending…"', spokeAgain.phase === 'speaking', spokeAgain.phase);
    const keyed = resumeTurn(paused);
    check('turn: a key cancels "sending…" and the pause counts afresh',
      keyed.phase === 'speaking' && feed([[2.4, ROOM]], keyed).state.phase === 'speaking' && feed([[2.6, ROOM]], keyed).state.phase === 'sending');
    const sent = feed([[1.55, ROOM]], paused).state;
    check('turn: uncancelled "sending…" ends the turn after its grace', sent.phase === 'ended', sent.phase);
  }
  {
    // A noisy room (-40 dBFS, above the absolute minimum): the floor settles there, speech still stands out.
    const { state, changes } = feed([[5, -40], [6, -18], [2.6, -40], [1.6, -40]]);
    check('turn: in a noisy room the noise is not speech, the pause after speech ends the answer',
      changes.join(' ') === 'speaking@5.25 sending@13.50 ended@15.00', changes.join(' '));
  }
  {
    const custom = feed([[1, ROOM], [2, VOICE], [1.6, ROOM], [1, ROOM]], startTurn({ thinkingSeconds: 2, pauseSeconds: 1.5, graceSeconds: 0.5 }));
    check('turn: thinking and pause are adjustable', custom.changes.join(' ') === 'speaking@1.25 sending@4.50 ended@5.00', custom.changes.join(' '));
  }
  {
    const sine = Float32Array.from({ length: 1024 }, (_, i) => Math.sin(i / 5));
    check('frameDb: digital silence -100, full-scale sine about -3 dBFS',
      frameDb(new Float32Array(1024)) === -100 && Math.abs(frameDb(sine) + 3.01) < 0.1, String(frameDb(sine)));
  }
  {
    const stored = new Map();
    globalThis.localStorage = { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => stored.set(k, String(v)) };
    const { conversationSettings } = await import(new URL('conversation-settings.js', root));
    const first = conversationSettings.get();
    check('settings: off by default, 10 s thinking, 2.5 s pause', !first.enabled && first.thinkingSeconds === 10 && first.pauseSeconds === 2.5);
    conversationSettings.set({ enabled: true, thinkingSeconds: 20 });
    const again = conversationSettings.get();
    check('settings: remembered in localStorage', again.enabled && again.thinkingSeconds === 20 && again.pauseSeconds === 2.5
      && JSON.parse(stored.get('intervu.conversation')).enabled === true);
    stored.set('intervu.conversation', '{"thinkingSeconds": 0.01, "pauseSeconds": "x"}');
    const odd = conversationSettings.get();
    check('settings: values outside the choices fall back to the defaults', odd.thinkingSeconds === 10 && odd.pauseSeconds === 2.5);
  }
}
