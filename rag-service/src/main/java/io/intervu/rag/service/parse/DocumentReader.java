package io.intervu.rag.service.parse;

import io.intervu.rag.config.RagConfig;
import io.intervu.rag.service.parse.InvalidDocumentException.Flaw;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sniffs what an upload is (PDF by its magic bytes, otherwise strict UTF-8 text) and reads it into
 * a {@link ParsedDocument}; every refusal is an {@link InvalidDocumentException} naming what is wrong with the upload.
 */
@ApplicationScoped
public class DocumentReader {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern H1 = Pattern.compile("(?m)^#\\s+(.+?)\\s*#*\\s*$");

    private final RagConfig config;
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final PdfTextExtractor pdf;

    public DocumentReader(RagConfig config) {
        this.config = config;
        this.pdf = new PdfTextExtractor(config.ingest());
    }

    @PreDestroy
    void stop() {
        pdf.close();
    }

    public ParsedDocument read(byte[] bytes, String fileName, String declaredType) {
        if (bytes.length == 0) {
            throw empty("The upload is empty.");
        }
        if (bytes.length > config.ingest().maxBytes()) {
            throw new InvalidDocumentException(Flaw.TOO_LARGE, "document-too-large", "Document too large",
                    "The document has " + bytes.length + " bytes; at most " + config.ingest().maxBytes() + " are accepted.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, PDF_MAGIC)) {
            return readPdf(bytes, fileName);
        }
        if (name.endsWith(".pdf") || type.startsWith("application/pdf")) {
            throw new InvalidDocumentException(Flaw.WRONG_KIND, "not-a-pdf", "Not a PDF", "The file is named or declared as a PDF but is not one.");
        }
        String text = decodeText(bytes);
        boolean markdown = name.endsWith(".md") || name.endsWith(".markdown") || type.startsWith("text/markdown")
                || FrontMatterParser.split(text) != null || H1.matcher(text).find();
        return markdown ? readMarkdown(text, fileName) : readPlain(text, fileName);
    }

    private ParsedDocument readPdf(byte[] bytes, String fileName) {
        PdfTextExtractor.PdfText extracted = pdf.extract(bytes);
        String text = normalise(extracted.text());
        checkText(text, "The PDF has no extractable text (a scanned image?).");
        String title = firstNonBlank(extracted.title(), baseName(fileName), "Untitled PDF");
        return new ParsedDocument(title, null, List.of(), List.of(), "application/pdf", text, false, List.of());
    }

    private ParsedDocument readMarkdown(String text, String fileName) {
        FrontMatterParser.Split split = FrontMatterParser.split(text);
        FrontMatterParser.Metadata meta = split == null ? null : frontMatter.parse(split.yaml());
        String body = split == null ? text : split.body();
        checkText(body, "The Markdown document has no body text.");
        Matcher h1 = H1.matcher(body);
        String heading = h1.find() ? h1.group(1) : null;
        String title = firstNonBlank(meta == null ? null : meta.title(), heading, baseName(fileName), "Untitled");
        return new ParsedDocument(title, meta == null ? null : meta.summary(),
                meta == null ? List.of() : meta.topics(), meta == null ? List.of() : meta.roles(),
                "text/markdown", body, true, meta == null ? List.of() : meta.questions());
    }

    private ParsedDocument readPlain(String text, String fileName) {
        checkText(text, "The text document is blank.");
        String firstLine = text.strip().lines().findFirst().orElse("");
        String title = firstNonBlank(baseName(fileName), firstLine.length() <= 120 ? firstLine : null, "Untitled");
        return new ParsedDocument(title, null, List.of(), List.of(), "text/plain", text, false, List.of());
    }

    private String decodeText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw binary();
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw binary();
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        // A few stray control characters happen in pasted text; many mean it is not text at all.
        if (control > 16 && control > text.length() / 100) {
            throw binary();
        }
        return normalise(text);
    }

    private void checkText(String text, String emptyDetail) {
        if (text.isBlank()) {
            throw empty(emptyDetail);
        }
        if (text.length() > config.ingest().maxChars()) {
            throw new InvalidDocumentException(Flaw.TOO_LARGE, "document-too-large", "Document too large",
                    "The document has " + text.length() + " characters of text; at most " + config.ingest().maxChars() + " are accepted.");
        }
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidDocumentException empty(String detail) {
        return new InvalidDocumentException(Flaw.UNUSABLE, "empty-document", "Empty document", detail);
    }

    private static InvalidDocumentException binary() {
        return new InvalidDocumentException(Flaw.WRONG_KIND, "binary-content", "Binary content",
                "The file is neither a PDF nor UTF-8 text (Markdown or plain text).");
    }
}
