package io.intervu.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text bodies of a raw mail, each decoded by its own Content-Transfer-Encoding. Decoding must
 * follow the header: a 7bit body holding "token=a1…" is not quoted-printable, and treating it as such
 * turns "=a1" into one character (a fifth of all links broke that way).
 */
final class MimeText {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENCODING = Pattern.compile("^Content-Transfer-Encoding:\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n\\r?\\n");

    private MimeText() {
    }

    static List<String> bodies(String mail) {
        String[] headAndBody = split(mail);
        Matcher boundary = BOUNDARY.matcher(headAndBody[0]);
        List<String> out = new ArrayList<>();
        if (!boundary.find()) {
            out.add(decode(headAndBody[0], headAndBody[1]));
            return out;
        }
        String delimiter = "--" + boundary.group(1);
        String[] parts = headAndBody[1].split(Pattern.quote(delimiter));
        for (int i = 1; i < parts.length; i++) { // parts[0] is the preamble
            if (parts[i].startsWith("--")) {
                break; // closing delimiter
            }
            String[] part = split(parts[i].replaceFirst("^\\r?\\n", ""));
            out.add(decode(part[0], part[1]));
        }
        return out;
    }

    private static String[] split(String entity) {
        Matcher blank = BLANK_LINE.matcher(entity);
        return blank.find() ? new String[] {entity.substring(0, blank.start()), entity.substring(blank.end())}
                : new String[] {entity, ""};
    }

    private static String decode(String headers, String body) {
        Matcher m = ENCODING.matcher(headers);
        String encoding = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "7bit";
        return switch (encoding) {
            case "quoted-printable" -> quotedPrintable(body);
            case "base64" -> new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
            default -> body;
        };
    }

    static String quotedPrintable(String body) {
        String joined = body.replace("=\r\n", "").replace("=\n", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                out.append((char) Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
