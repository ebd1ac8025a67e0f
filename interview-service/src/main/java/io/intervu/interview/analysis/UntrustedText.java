package io.intervu.interview.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Untrusted text (resume, job description, answers, model output) as every LLM prompt and reply
 * handles it: fenced as data between markers that cannot occur inside it, and JSON dug out of
 * a reply that may wrap it in prose or a Markdown code fence.
 */
public final class UntrustedText {

    /** The output is not usable JSON; the message says why (it ends up in the interview's notes). */
    public static final class InvalidOutputException extends RuntimeException {
        public InvalidOutputException(String message) {
            super(message);
        }
    }

    private UntrustedText() {
    }

    public static String fence(String name, String data) {
        return "<<<DATA " + name + "\n" + neutralise(data) + "\nDATA>>>\n\n";
    }

    /** Data may not contain our markers; a forged "DATA>>>" would otherwise end the fence early. */
    public static String neutralise(String data) {
        return data == null ? "" : data.replace("<<<", "‹‹‹").replace(">>>", "›››");
    }

    /** For a short value quoted inside an instruction line. */
    public static String inline(String s) {
        return neutralise(s).replace("\"", "'").replace("\n", " ");
    }

    /** Accepts bare JSON or JSON in a Markdown code fence, with or without surrounding prose. */
    public static String extractJson(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidOutputException("empty output");
        }
        String t = text.strip();
        int fence = t.indexOf("```");
        if (fence >= 0) {
            int start = t.indexOf('\n', fence);
            int end = t.indexOf("```", start + 1);
            if (start > 0 && end > start) {
                t = t.substring(start + 1, end).strip();
            }
        }
        int open = t.indexOf('{');
        int close = t.lastIndexOf('}');
        if (open < 0 || close < open) {
            throw new InvalidOutputException("no JSON object in output");
        }
        return t.substring(open, close + 1);
    }

    /** The JSON object in a model's output (see {@link #extractJson}), parsed; anything unreadable is invalid output. */
    public static JsonNode parseJson(String output, ObjectMapper json) {
        String object = extractJson(output);
        try {
            return json.readTree(object);
        } catch (Exception e) {
            throw new InvalidOutputException("malformed JSON: " + e.getMessage());
        }
    }

    /** Collapses whitespace and drops control characters, markup and our fence markers from a model's line. */
    public static String clean(String s) {
        return s == null ? "" : s.replaceAll("<[^>]{0,200}>", " ").replaceAll("[<>{}`]", " ")
                .replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
    }

    /** Case, punctuation and spacing ignored: is {@code needle} written in {@code text}? */
    public static boolean appearsIn(String needle, String text) {
        String n = normalise(needle);
        return !n.isEmpty() && (" " + normalise(text) + " ").contains(" " + n + " ");
    }

    private static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip();
    }
}
