package io.intervu.transcription.audio;

import io.intervu.transcription.RequestRefusedException;
import io.intervu.transcription.RequestRefusedException.Reason;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Recognises audio by its magic bytes, never by file name or declared content type. */
public final class AudioSniffer {

    private AudioSniffer() {
    }

    public static SniffedAudio sniff(byte[] b) {
        if (b.length == 0) {
            throw new RequestRefusedException(Reason.UNPROCESSABLE, "audio-empty", "Empty audio", "The audio part has no bytes.");
        }
        if (startsWith(b, 0, "RIFF") && startsWith(b, 8, "WAVE")) {
            return wav(b);
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF && (b[3] & 0xFF) == 0xA3) {
            // EBML header: WebM (or Matroska); browsers record Opus in it
            return new SniffedAudio(AudioContainer.WEBM, contains(b, 64, "webm") || contains(b, 4096, "A_OPUS") ? "opus" : null, 48000, 0, 0);
        }
        if (startsWith(b, 0, "OggS")) {
            return ogg(b);
        }
        if (startsWith(b, 0, "fLaC")) {
            return flac(b);
        }
        if (startsWith(b, 4, "ftyp")) {
            return new SniffedAudio(AudioContainer.MP4, null, 0, 0, 0);
        }
        if (startsWith(b, 0, "ID3") || isMpegAudioFrame(b)) {
            return new SniffedAudio(AudioContainer.MP3, "mp3", 0, 0, 0);
        }
        throw unsupported("The bytes are not WAV, WebM, Ogg, FLAC, MP3 or MP4 audio.");
    }

    /**
     * Streaming writers cannot know the length when they write the header and put a placeholder in the data size:
     * ffmpeg 0xFFFFFFFF, sox 0x7FFFF000, some 0. Sizes from here up, and 0, say nothing about the duration.
     */
    private static final long WAV_SIZE_PLACEHOLDERS = 0x7FFF0000L;

    private static SniffedAudio wav(byte[] b) {
        // walk the RIFF chunks to "fmt " and on to "data", whose size gives the duration the header claims
        SniffedAudio format = null;
        int bytesPerFrame = 0;
        long dataBytes = -1;
        long pos = 12;
        while (pos + 8 <= b.length && (format == null || dataBytes < 0)) {
            int at = (int) pos;
            long size = le32(b, at + 4) & 0xFFFFFFFFL;
            if (startsWith(b, at, "fmt ") && at + 8 + 16 <= b.length) {
                ByteBuffer fmt = ByteBuffer.wrap(b, at + 8, (int) Math.min(size, b.length - at - 8)).order(ByteOrder.LITTLE_ENDIAN);
                int tag = fmt.getShort() & 0xFFFF;
                int channels = fmt.getShort() & 0xFFFF;
                int rate = fmt.getInt();
                fmt.getInt(); // byte rate
                int blockAlign = fmt.getShort() & 0xFFFF;
                int bits = fmt.getShort() & 0xFFFF;
                if (tag == 0xFFFE && size >= 40 && fmt.remaining() >= 10) {
                    fmt.position(fmt.position() + 8); // cbSize, valid bits, channel mask
                    tag = fmt.getShort() & 0xFFFF; // first two bytes of the sub-format GUID
                }
                String codec = switch (tag) {
                    case 1 -> switch (bits) {
                        case 8 -> "pcm_u8";
                        case 16 -> "pcm_s16le";
                        case 24 -> "pcm_s24le";
                        case 32 -> "pcm_s32le";
                        default -> throw unsupported("WAV PCM with " + bits + " bits per sample is not supported.");
                    };
                    case 3 -> "pcm_f32le";
                    case 6 -> "alaw";
                    case 7 -> "mulaw";
                    default -> throw unsupported("WAV encoding " + tag + " is not supported (PCM, float, A-law and µ-law are).");
                };
                if (channels == 0 || rate <= 0) {
                    throw new RequestRefusedException(Reason.UNPROCESSABLE, "audio-corrupt", "Corrupt audio", "The WAV header declares no channels or sample rate.");
                }
                format = new SniffedAudio(AudioContainer.WAV, codec, rate, channels, bits);
                bytesPerFrame = blockAlign > 0 ? blockAlign : channels * ((bits + 7) / 8);
            } else if (startsWith(b, at, "data")) {
                dataBytes = size;
            }
            pos += 8 + size + (size & 1);
        }
        if (format == null) {
            throw new RequestRefusedException(Reason.UNPROCESSABLE, "audio-corrupt", "Corrupt audio", "The WAV file has no format chunk.");
        }
        if (dataBytes <= 0 || dataBytes >= WAV_SIZE_PLACEHOLDERS || bytesPerFrame <= 0) {
            return format;
        }
        double declared = dataBytes / ((double) bytesPerFrame * format.sampleRate());
        return new SniffedAudio(AudioContainer.WAV, format.codec(), format.sampleRate(), format.channels(), format.bitsPerSample(), declared);
    }

    private static SniffedAudio ogg(byte[] b) {
        // the first page carries the codec's identification header right after the segment table
        if (b.length > 27) {
            int segments = b[26] & 0xFF;
            int body = 27 + segments;
            if (startsWith(b, body, "OpusHead") && body + 16 <= b.length) {
                int channels = b[body + 9] & 0xFF;
                int inputRate = le32(b, body + 12);
                return new SniffedAudio(AudioContainer.OGG, "opus", inputRate, channels, 0);
            }
            if (b.length > body + 16 && (b[body] & 0xFF) == 1 && startsWith(b, body + 1, "vorbis")) {
                return new SniffedAudio(AudioContainer.OGG, "vorbis", le32(b, body + 12), b[body + 11] & 0xFF, 0);
            }
            if (startsWith(b, body + 1, "FLAC")) {
                return new SniffedAudio(AudioContainer.OGG, "flac", 0, 0, 0);
            }
        }
        return new SniffedAudio(AudioContainer.OGG, null, 0, 0, 0);
    }

    private static SniffedAudio flac(byte[] b) {
        // STREAMINFO is the first metadata block: 20 bits rate, 3 bits channels-1, 5 bits bits-1
        if (b.length >= 8 + 18) {
            int p = 8 + 10;
            int rate = ((b[p] & 0xFF) << 12) | ((b[p + 1] & 0xFF) << 4) | ((b[p + 2] & 0xF0) >> 4);
            int channels = ((b[p + 2] & 0x0E) >> 1) + 1;
            int bits = (((b[p + 2] & 0x01) << 4) | ((b[p + 3] & 0xF0) >> 4)) + 1;
            // 36 bits of total samples; 0 when the encoder did not know (streaming)
            long samples = (long) (b[p + 3] & 0x0F) << 32 | (long) (b[p + 4] & 0xFF) << 24 | (b[p + 5] & 0xFF) << 16
                    | (b[p + 6] & 0xFF) << 8 | (b[p + 7] & 0xFF);
            return new SniffedAudio(AudioContainer.FLAC, "flac", rate, channels, bits, rate > 0 ? samples / (double) rate : 0);
        }
        return new SniffedAudio(AudioContainer.FLAC, "flac", 0, 0, 0);
    }

    private static boolean isMpegAudioFrame(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (b[1] >> 3) & 0x03;
        int layer = (b[1] >> 1) & 0x03;
        int bitrate = (b[2] >> 4) & 0x0F;
        int rate = (b[2] >> 2) & 0x03;
        // layer 00 is AAC/ADTS, version 01 reserved, bitrate 1111 and rate 11 invalid
        return layer != 0 && version != 1 && bitrate != 0x0F && rate != 0x03;
    }

    private static RequestRefusedException unsupported(String detail) {
        return new RequestRefusedException(Reason.UNPROCESSABLE, "audio-unsupported", "Unsupported audio", detail);
    }

    private static boolean startsWith(byte[] b, int offset, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (offset < 0 || b.length < offset + m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (b[offset + i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, int limit, String magic) {
        for (int i = 0; i < Math.min(limit, b.length); i++) {
            if (startsWith(b, i, magic)) {
                return true;
            }
        }
        return false;
    }

    private static int le32(byte[] b, int p) {
        if (p + 4 > b.length) {
            return -1;
        }
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }
}
