// The browser test's microphone: a WAV of speech then silence for Chromium's
// --use-file-for-fake-audio-capture, made with espeak-ng and sox (deploy/local/install-prereqs.sh
// installs both). The speech (about 11 s) outlasts the 10 s thinking allowance, so what ends each
// turn is the 2.5 s pause after it. Chromium loops the file: the 14 s of silence after the speech
// outlast pause + "sending…" grace, wherever in the file a turn starts listening.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const FAKE_MIC_WORDS = 'We wrote the ledger entry and an outbox row in one transaction. A relay published the rows to Kafka, '
  + 'and every consumer kept the event ids it had seen, so a duplicate delivery changed nothing.';

export function makeSpeechWav(dir) {
  const speech = join(dir, 'fake-mic-speech.wav');
  const wav = join(dir, 'fake-mic.wav');
  execFileSync('espeak-ng', ['-w', speech, FAKE_MIC_WORDS]);
  execFileSync('sox', [speech, '-r', '48000', '-b', '16', '-c', '1', wav, 'pad', '1.5', '14']);
  return wav;
}
