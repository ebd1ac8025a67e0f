// The browser test's speech synthesis. Headless Chromium has no synthesis voice, and the app
// (js/read-aloud.js) does not speak at all without one, so neither "the question is spoken" nor
// "talking over the interviewer stops its voice" could be observed. This stand-in is installed in
// every page before the app's scripts run (Page.addScriptToEvaluateOnNewDocument): it offers one
// voice, "speaks" each utterance for a set time (firing start and end like a real engine), and
// records in window.__fakeVoice.log what was spoken, when, and whether it ended by itself or was
// cancelled while speaking.
//
// window.__fakeVoice.reset({ seconds, holdUtterances }) empties the log and sets how long an
// utterance lasts; the utterances whose numbers (0-based, counted from the reset) are in
// holdUtterances go on until cancelled, as a long question would, so only a barge-in ends them.

function installFakeVoice() {
  const HELD_SECONDS = 120; // "until cancelled": far longer than any wait of the test
  const config = { seconds: 1, holdUtterances: [] };
  const log = [];
  let spokenCount = 0;
  let current = null; // { utterance, entry, timer }
  const now = () => performance.now() / 1000;

  function fire(utterance, type, extra = {}) {
    const event = new Event(type);
    Object.assign(event, { utterance, charIndex: 0, elapsedTime: 0 }, extra);
    utterance.dispatchEvent(event);
  }

  function finishCurrent(how) {
    if (!current) return;
    const { utterance, entry, timer } = current;
    clearTimeout(timer);
    current = null;
    entry.endedAt = now();
    entry.how = how;
    if (how === 'cancelled') fire(utterance, 'error', { error: 'interrupted' });
    else fire(utterance, 'end');
  }

  class FakeSpeechSynthesis extends EventTarget {
    get speaking() { return current !== null; }
    get pending() { return false; }
    get paused() { return false; }
    getVoices() {
      return [{ name: 'Test voice', lang: 'en-US', voiceURI: 'test-voice', localService: true, default: true }];
    }
    speak(utterance) {
      finishCurrent('cancelled');
      const held = config.holdUtterances.includes(spokenCount);
      const entry = { n: spokenCount++, text: utterance.text, startedAt: now(), held, endedAt: null, how: null };
      log.push(entry);
      const seconds = held ? HELD_SECONDS : config.seconds;
      current = { utterance, entry, timer: setTimeout(() => finishCurrent('ended'), seconds * 1000) };
      fire(utterance, 'start');
    }
    cancel() { finishCurrent('cancelled'); }
    pause() {}
    resume() {}
  }

  const synth = new FakeSpeechSynthesis();
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.__fakeVoice = {
    log,
    reset({ seconds = 1, holdUtterances = [] } = {}) {
      log.length = 0;
      spokenCount = 0;
      Object.assign(config, { seconds, holdUtterances });
      return true;
    },
  };
}

/** The script for Page.addScriptToEvaluateOnNewDocument. */
export const FAKE_VOICE_SCRIPT = `(${installFakeVoice.toString()})();`;
