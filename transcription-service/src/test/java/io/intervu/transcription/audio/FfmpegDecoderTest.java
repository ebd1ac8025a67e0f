package io.intervu.transcription.audio;

import io.intervu.transcription.RequestRefusedException;
import io.intervu.transcription.rest.ProblemMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FfmpegDecoderTest {

    @ParameterizedTest
    @CsvSource({
            "speech-pcm16-16k.wav, 3.06", "speech-pcm8-8k.wav, 3.06", "speech-pcm24-8k.wav, 3.06",
            "speech-mulaw-8k.wav, 3.06", "speech-44k-stereo.wav, 0.6", "speech.flac, 3.06", "speech.ogg, 3.06",
            "speech.webm, 3.06", "speech.mp3, 3.06", "speech.m4a, 3.06"})
    void decodesEveryFormatTo16kMonoWithItsDuration(String fixture, double seconds) {
        DecodedAudio audio = AudioFixtures.decode(fixture);
        assertEquals(seconds, audio.durationSeconds(), 0.1, fixture);
        VoiceActivity voice = VoiceActivityDetector.detect(audio);
        assertTrue(voice.speechDetected(), fixture + " has speech");
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated.webm", "truncated-mid.webm"})
    void truncatedAudioIs422(String fixture) {
        byte[] bytes = AudioFixtures.bytes(fixture);
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> AudioFixtures.DECODER.decode(bytes, AudioSniffer.sniff(bytes)));
        assertEquals(422, ProblemMappers.problemOf(e).status());
    }

    @Test
    void audioOverTheLimitIs422() {
        FfmpegDecoder strict = AudioFixtures.decoder("ffmpeg", 2, Duration.ofSeconds(30), 1);
        byte[] bytes = AudioFixtures.bytes("speech.flac");
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> strict.decode(bytes, AudioSniffer.sniff(bytes)));
        assertEquals("https://intervu.dev/problems/audio-too-long", ProblemMappers.problemOf(e).type().toString());
    }

    @Test
    void headerOnlyWavIs422() {
        byte[] header = new DecodedAudio(new float[0]).toWav();
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> AudioFixtures.DECODER.decode(header, AudioSniffer.sniff(header)));
        assertEquals(422, ProblemMappers.problemOf(e).status());
    }

    @Test
    void missingFfmpegIsReportedClearly() {
        FfmpegDecoder missing = AudioFixtures.decoder("/nonexistent/ffmpeg", 180, Duration.ofSeconds(1), 1);
        Exception e = assertThrows(Exception.class, missing::version);
        assertTrue(e.getMessage().contains("/nonexistent/ffmpeg"), e.getMessage());
    }
}
