package io.intervu.transcription.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Everything tunable in this service; env variables in application.properties. */
@ConfigMapping(prefix = "transcription")
public interface TranscriptionConfig {

    Audio audio();

    Stt stt();

    Emotion emotion();

    interface Audio {
        /** Path or name of the ffmpeg binary. */
        @WithDefault("ffmpeg")
        String ffmpeg();

        @WithDefault("10485760")
        long maxBytes();

        @WithDefault("180")
        int maxSeconds();

        /**
         * How long one ffmpeg run may take before it is killed. A bounded input decodes in about a second here;
         * 30 s leaves room and still answers before interview-service gives up on its call (60 s).
         */
        @WithDefault("30s")
        Duration decodeTimeout();

        /** Decodes at once; unset: sized from the heap and the processors (see DecodePermits). */
        OptionalInt maxConcurrentDecodes();

        /** How long a request waits for a free decode before it is answered 503. */
        @WithDefault("2s")
        Duration decodePermitWait();

        /** The Retry-After of a 503 from the decoder (busy, or ffmpeg starved of CPU until the timeout). */
        @WithDefault("5s")
        Duration decodeRetryAfter();
    }

    interface Stt {
        /** client | google | openai */
        @WithDefault("client")
        String provider();

        Google google();

        OpenAi openai();
    }

    interface Google {
        @WithDefault("speech.googleapis.com:443")
        String endpoint();

        /** Plaintext without credentials: only for a local fake or an emulator. */
        @WithDefault("false")
        boolean plaintext();

        @WithDefault("30s")
        Duration timeout();

        /** Answers longer than this are split at pauses (the sync API takes at most 60 s). */
        @WithDefault("55")
        int maxChunkSeconds();

        Optional<String> model();
    }

    interface OpenAi {
        @WithDefault("http://localhost:9000")
        String baseUrl();

        Optional<String> apiKey();

        @WithDefault("whisper-1")
        String model();

        @WithDefault("60s")
        Duration timeout();
    }

    interface Emotion {
        /** Empty: the built-in prosody analysis is used. */
        Optional<String> endpoint();

        /** multipart | file-path */
        @WithDefault("multipart")
        String mode();

        /** Folder shared with the emotion API in file-path mode. */
        @WithDefault("/tmp/intervu-emotion")
        String sharedDir();

        /** The path the emotion API sees for sharedDir (same folder mounted elsewhere); defaults to sharedDir. */
        Optional<String> sharedDirRemote();

        @WithDefault("30s")
        Duration timeout();
    }
}
