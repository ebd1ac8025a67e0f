// The browser test's conversation-mode interview: after the click on "Start interview", no click
// and no key. Chromium's fake microphone plays fake-mic.mjs's WAV (speech, then silence) into each
// turn; every answer must end by itself on the pause and be sent with its audio.
//
// Headless Chromium has no speech recogniser and no synthesis voice, so the room runs its
// typed-correction fallback: the test puts each answer's words in the answer box while the
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

export async function handsFreeInterview(t, { resumePdf, jobDescription, fakeMicWords }) {
  await t.go('#/new');
  await t.waitFor(`document.querySelector('#jobDescription') !== null`, 'new interview page');
  await t.setFile('#resume', resumePdf);
  await t.setValue('#jobDescription', jobDescription);
  await t.setValue('#questionCount', '3');
  await t.setValue('#maxFollowUps', '0');
  await t.click('form button[type=submit]');
  await t.waitFor(`document.querySelector('#start-link') !== null`, 'ready', 90000);
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
    if (kind === 'Closing') break;
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
  await t.screenshot('conversation-closing');
  t.setHandsFree(false);
  console.log(`  hands-free: ${turns.length} answers, each sent after the 2.5 s pause that followed the fake microphone's "${fakeMicWords.slice(0, 30)}…"`);
}
