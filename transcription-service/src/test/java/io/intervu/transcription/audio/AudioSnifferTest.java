package io.intervu.transcription.audio;

import io.intervu.transcription.RequestRefusedException;
import io.intervu.transcription.rest.ProblemMappers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AudioSnifferTest {

    @ParameterizedTest
    @CsvSource({
            "speech-pcm16-16k.wav, wav/pcm_s16le, 16000, 1",
            "speech-pcm8-8k.wav,   wav/pcm_u8,    8000,  1",
            "speech-pcm24-8k.wav,  wav/pcm_s24le, 8000,  1",
            "speech-mulaw-8k.wav,  wav/mulaw,     8000,  1",
            "speech-44k-stereo.wav, wav/pcm_s16le, 44100, 2",
            "speech.flac,          flac/flac,     16000, 1",
            "speech.ogg,           ogg/opus,      16000, 1",
            "speech.webm,          webm/opus,     48000, 0",
            "speech.mp3,           mp3/mp3,       0,     0",
            "speech.m4a,           mp4,           0,     0",
    })
    void recognisesEveryFormatByItsBytes(String fixture, String label, int rate, int channels) {
        SniffedAudio sniffed = AudioSniffer.sniff(AudioFixtures.bytes(fixture));
        assertEquals(label, sniffed.label());
        assertEquals(rate, sniffed.sampleRate());
        assertEquals(channels, sniffed.channels());
    }

    @ParameterizedTest
    @CsvSource({
            "speech-pcm16-16k.wav, 3.06", "speech-pcm8-8k.wav, 3.06", "speech-pcm24-8k.wav, 3.06", "speech-mulaw-8k.wav, 3.06",
            "speech-44k-stereo.wav, 0.6", "speech.flac, 3.06", "silence-2s.flac, 2",
            // containers whose first bytes do not say
            "speech.webm, 0", "speech.ogg, 0", "speech.mp3, 0", "speech.m4a, 0"})
    void readsTheDurationTheHeaderDeclares(String fixture, double seconds) {
        assertEquals(seconds, AudioSniffer.sniff(AudioFixtures.bytes(fixture)).declaredSeconds(), 0.01, fixture);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage.webm", "empty.wav"})
    void rejectsWhatIsNotAudioWith422(String fixture) {
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> AudioSniffer.sniff(AudioFixtures.bytes(fixture)));
        assertEquals(422, ProblemMappers.problemOf(e).status());
    }

    @org.junit.jupiter.api.Test
    void aNameDoesNotMakeAFormat() {
        byte[] text = "RIFF is not enough, this is plain text pretending to be audio".getBytes();
        assertEquals(422, ProblemMappers.problemOf(assertThrows(RequestRefusedException.class, () -> AudioSniffer.sniff(text))).status());
    }
}
