// The browser test's conversation-mode interview: after the click on "Start interview", no click
// and no key. Chromium's fake microphone plays fake-mic.mjs's WAV (speech, then silence) into each
// turn; every answer must end by itself on the pause and be sent with its audio.
//
// Every interviewer message must be spoken: speechSynthesis is dev/fake-voice.mjs's stand-in (headless
// Chromium has no voice), which logs what it was asked to say. It says each message in 1 s, before
// the fake microphone's speech starts (1.5 s after the microphone opens); the first question it
// "says" until cancelled, so that turn only goes on if talking over the interviewer stops its voice.
//
// Headless Chromium has no speech recogniser, so the room runs its typed-correction fallback: the test puts each answer's words in the answer box while the
// candidate is still "thinking" (as a value and an input event, not keystrokes), as a candidate
// on such a browser types what they say. Without any text the server could not accept the audio
// (STT_PROVIDER=client: 422 transcript-required, and the interviewer asks again).

const ANSWERS = [
  "Yes, I'm ready.",
  'In the ledger service we wrote the entry and an outbox row in one transaction; a relay published them to Kafka and consumers kept the event ids to drop duplicates.',
  'I profiled it, found long garbage collection pauses and a small connection pool, moved to ZGC and resized the pool; p99 went from 180 to 45 milliseconds.',
  'I disagreed about two services sharing one database, wrote down the failure modes of each option, and we agreed on events through an outbox.',
  'I would measure first, then change one thing at a time and keep what the numbers support.',
];

const BARGE_IN_UTTERANCE = 1;

/**
 * The held question: the room says it (the status reads "the interviewer is speaking"), the fake
 * microphone starts talking 1.5 s after it opened, and the room must then cancel the voice (within
 * the 0.35 s that barge-in needs to tell speech, plus a frame or two) and listen to the answer.
 */
async function bargeIn(t, message) {
  const phase = await t.evaluate(`document.querySelector('.conversation-status')?.dataset.phase`);
  if (phase === 'interviewer') await t.screenshot('conversation-interviewer-speaking');
  await t.waitFor(`window.__fakeVoice.log.some((u) => u.held && u.how === 'cancelled')`,
    'the interviewer\'s voice stopped when the candidate talked over it', 15000);
  const held = await t.evaluate(`window.__fakeVoice.log.find((u) => u.held)`);
  if (held.text !== message) throw new Error(`the voice stopped on another message: ${held.text}`);
  const stoppedAfter = held.endedAt - held.startedAt;
  // 1.5 s of silence in the fake microphone, then 0.35 s of speech before it counts; the microphone
  // opens a little before the voice starts, so about 1.8 s, never before the speech, and well
  // before speakAndWait's guard (2 s + 0.8 s a word) would have stopped it anyway.
  if (stoppedAfter < 1.4 || stoppedAfter > 3) throw new Error(`the voice stopped ${stoppedAfter.toFixed(2)} s in, not when the candidate spoke`);
  console.log(`    talked over: the interviewer's voice stopped ${stoppedAfter.toFixed(2)} s into the question (phase seen: ${phase})`);
}

export async function handsFreeInterview(t, { resumePdf, jobDescription, fakeMicWords }) {
  await t.go('#/new');
  await t.waitFor(`document.querySelector('#jobDescription') !== null`, 'new interview page');
  await t.setFile('#resume', resumePdf);
  await t.setValue('#jobDescription', jobDescription);
  await t.setValue('#questionCount', '3');
  await t.setValue('#maxFollowUps', '0');
  await t.click('form button[type=submit]');
  await t.waitFor(`document.querySelector('#start-link') !== null`, 'ready', 90000);
  // Utterance 0 is the greeting, 1 the first question: held until the candidate talks over it.
  await t.evaluate(`window.__fakeVoice.reset({ seconds: 1, holdUtterances: [${BARGE_IN_UTTERANCE}] })`);
  await t.click('#start-link');
  t.setHandsFree(true);

  const turns = [];
  let previous = null;
  for (let i = 0; i < 12; i++) {
    await t.waitFor(`document.querySelector('.message-card:not([hidden]) .message-text') !== null`, `message ${i + 1}`, 90000);
    const message = await t.text('.message-text');
    // The same message again, with a notice, means the last answer's audio was refused.
    const notice = await t.text('.message-notice');
    if (notice && message === previous) throw new Error(`answer ${i} was asked again: ${notice}`);
    previous = message;
    const kind = await t.evaluate(`document.querySelector('.message-card .badge')?.textContent`);
    console.log(`  ${kind} | ${(message).slice(0, 70)}`);
    await t.waitFor(`window.__fakeVoice.log.some((u) => u.text === ${JSON.stringify(message)})`, `message ${i + 1} spoken aloud`, 10000);
    if (kind === 'Closing') break;
    const utterance = await t.evaluate(`window.__fakeVoice.log.findLast((u) => u.text === ${JSON.stringify(message)})`);
    if (utterance.held) await bargeIn(t, message);
    await t.waitFor(`['thinking', 'speaking'].includes(document.querySelector('.conversation-status')?.dataset.phase)`, 'the microphone opens by itself', 15000);
    if (i === 0) await t.screenshot('conversation-listening');
    const answer = ANSWERS[Math.min(i, ANSWERS.length - 1)];
    await t.setValue('#answer', answer);
    await t.waitFor(`document.querySelector('.conversation-status').dataset.phase === 'speaking'`, 'the fake microphone\'s speech heard', 25000);
    if (i === 0) await t.screenshot('conversation-speaking');
    await t.waitFor(`document.querySelector('.conversation-status').dataset.phase === 'sending'`, '"sending…" after the pause', 40000);
    // The page's own clock: seconds since its microphone opened.
    const at = await t.evaluate(`({ ...document.querySelector('.conversation-status').dataset })`);
    if (i === 0) await t.screenshot('conversation-sending');
    await t.waitFor(`(() => { const m = document.querySelector('.message-card:not([hidden]) .message-text');
      return !m || m.textContent !== ${JSON.stringify(message)} || document.querySelector('.message-notice') !== null; })()
      || document.querySelector('.banner-error') !== null`, `the answer to message ${i + 1} sent by itself`, 60000);
    if (await t.evaluate(`document.querySelector('.banner-error') !== null`)) throw new Error(`answer ${i + 1}: ${await t.text('.banner')}`);
    const turn = { firstWord: Number(at.firstWordAt), pauseFrom: Number(at.pauseFrom), sending: Number(at.sendingAt) };
    turns.push(turn);
    console.log(`    first word ${turn.firstWord} s, silent from ${turn.pauseFrom} s, "sending…" at ${turn.sending} s (after the microphone opened); sent by itself`);
  }
  await t.waitFor(`document.querySelector('.end-panel:not([hidden])') !== null`, 'end panel', 30000);
  const spoken = await t.evaluate(`[...document.querySelectorAll('.turn.candidate .speaker')].filter((s) => s.textContent.includes('spoken')).length`);
  if (turns.length < 4 || spoken !== turns.length) {
    throw new Error(`expected every answer (greeting + 3 questions) sent as audio, saw ${turns.length} turns and ${spoken} spoken`);
  }
  // Each turn ended on a 2.5 s pause (the defaults), never inside the 10 s thinking allowance.
  const wrong = turns.filter((x) => !(x.sending >= 10 && x.sending - x.pauseFrom >= 2.45 && x.sending - x.pauseFrom < 3.5 && x.firstWord < x.pauseFrom));
  if (wrong.length) throw new Error(`turns not ended by the 2.5 s pause after speech: ${JSON.stringify(wrong)}`);
  const log = await t.evaluate('window.__fakeVoice.log');
  const interrupted = log.filter((u) => u.held);
  if (interrupted.length !== 1 || interrupted[0].how !== 'cancelled') throw new Error(`expected one question talked over, saw ${JSON.stringify(interrupted)}`);
  const cutShort = log.filter((u) => !u.held && u.how === 'cancelled');
  if (cutShort.length) throw new Error(`messages cut short with no one talking over them: ${JSON.stringify(cutShort)}`);
  console.log(`  spoken aloud: ${log.length} messages (greeting, questions, closing); the held question stopped ${(interrupted[0].endedAt - interrupted[0].startedAt).toFixed(2)} s in`);
  await t.screenshot('conversation-closing');
  t.setHandsFree(false);
  console.log(`  hands-free: ${turns.length} answers, each sent after the 2.5 s pause that followed the fake microphone's "${fakeMicWords.slice(0, 30)}…"`);
}
