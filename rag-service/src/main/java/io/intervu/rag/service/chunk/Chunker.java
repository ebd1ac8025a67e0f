package io.intervu.rag.service.chunk;

import io.intervu.rag.ChunkDraft;
import io.intervu.rag.config.RagConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into chunks of about {@code minTokens..maxTokens} tokens along its structure:
 * Markdown headings first, then paragraphs, then sentences for an oversized paragraph. A chunk
 * closes at a heading once it is big enough; small sections are merged with the next one. When a
 * section has to be cut inside, the next chunk repeats the previous one's last sentences
 * (about {@code overlapTokens}) so a thought spanning the cut is still found.
 */
@ApplicationScoped
public class Chunker {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"'(\\[`*])");

    private final TokenCounter tokens;
    private final int minTokens;
    private final int maxTokens;
    private final int overlapTokens;

    @jakarta.inject.Inject
    public Chunker(TokenCounter tokens, RagConfig config) {
        this(tokens, config.chunking().minTokens(), config.chunking().maxTokens(), config.chunking().overlapTokens());
    }

    public Chunker(TokenCounter tokens, int minTokens, int maxTokens, int overlapTokens) {
        this.tokens = tokens;
        this.minTokens = minTokens;
        this.maxTokens = maxTokens;
        this.overlapTokens = overlapTokens;
    }

    private record Paragraph(String section, String text, int tokens) {
    }

    public List<ChunkDraft> chunk(String body, boolean markdown) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph p : paragraphs(body, markdown)) {
            if (p.tokens() > maxTokens) {
                paragraphs.addAll(splitLong(p));
            } else {
                paragraphs.add(p);
            }
        }
        List<ChunkDraft> chunks = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        int currentTokens = 0;
        for (Paragraph p : paragraphs) {
            boolean newSection = !current.isEmpty() && !p.section().equals(current.get(current.size() - 1).section());
            if (newSection && currentTokens >= minTokens) {
                emit(chunks, current);
                current = new ArrayList<>();
                currentTokens = 0;
            } else if (!current.isEmpty() && currentTokens + p.tokens() > maxTokens) {
                Paragraph last = current.get(current.size() - 1);
                emit(chunks, current);
                current = new ArrayList<>();
                currentTokens = 0;
                if (!newSection) {
                    Paragraph overlap = tail(last);
                    if (overlap != null && overlap.tokens() + p.tokens() <= maxTokens) {
                        current.add(overlap);
                        currentTokens = overlap.tokens();
                    }
                }
            }
            current.add(p);
            currentTokens += p.tokens();
        }
        if (!current.isEmpty()) {
            emit(chunks, current);
        }
        return chunks;
    }

    private void emit(List<ChunkDraft> chunks, List<Paragraph> paragraphs) {
        StringBuilder text = new StringBuilder();
        String section = null;
        for (Paragraph p : paragraphs) {
            if (!p.section().equals(section)) {
                section = p.section();
                if (!section.isEmpty()) {
                    appendBlock(text, "## " + section);
                }
            }
            appendBlock(text, p.text());
        }
        String value = text.toString();
        chunks.add(new ChunkDraft(chunks.size(), value, paragraphs.get(0).section(), tokens.count(value)));
    }

    private static void appendBlock(StringBuilder text, String block) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(block);
    }

    /** The last sentences of a paragraph, up to the overlap budget; null if none fits. */
    private Paragraph tail(Paragraph p) {
        if (overlapTokens <= 0) {
            return null;
        }
        String[] sentences = SENTENCE_END.split(p.text());
        StringBuilder tail = new StringBuilder();
        int count = 0;
        for (int i = sentences.length - 1; i >= 0; i--) {
            int t = tokens.count(sentences[i]);
            if (count + t > overlapTokens) {
                break;
            }
            tail.insert(0, sentences[i] + (tail.length() > 0 ? " " : ""));
            count += t;
        }
        return count == 0 || sentences.length == 1 && count == p.tokens() ? null : new Paragraph(p.section(), tail.toString().strip(), count);
    }

    /** A paragraph bigger than a chunk, cut at sentence ends (or words, for a run-on sentence). */
    private List<Paragraph> splitLong(Paragraph p) {
        List<String> pieces = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(p.text())) {
            if (tokens.count(sentence) <= maxTokens) {
                pieces.add(sentence);
            } else {
                pieces.addAll(splitWords(sentence));
            }
        }
        List<Paragraph> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int count = 0;
        for (String s : pieces) {
            int t = tokens.count(s);
            if (count > 0 && count + t > maxTokens - overlapTokens) {
                out.add(new Paragraph(p.section(), piece.toString(), count));
                piece.setLength(0);
                count = 0;
            }
            piece.append(piece.length() > 0 ? " " : "").append(s);
            count += t;
        }
        if (count > 0) {
            out.add(new Paragraph(p.section(), piece.toString(), count));
        }
        return out;
    }

    private List<String> splitWords(String sentence) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String word : sentence.split("\\s+")) {
            if (piece.length() > 0 && tokens.count(piece + " " + word) > maxTokens / 2) {
                out.add(piece.toString());
                piece.setLength(0);
            }
            if (word.length() > 400) {
                word = word.substring(0, 400); // an unbroken blob (base64, minified code) is not knowledge
            }
            piece.append(piece.length() > 0 ? " " : "").append(word);
        }
        if (piece.length() > 0) {
            out.add(piece.toString());
        }
        return out;
    }

    private List<Paragraph> paragraphs(String body, boolean markdown) {
        List<Paragraph> out = new ArrayList<>();
        String h2 = "";
        String section = "";
        StringBuilder block = new StringBuilder();
        boolean inFence = false;
        for (String line : body.split("\n", -1)) {
            String stripped = line.strip();
            if (markdown && stripped.startsWith("```")) {
                inFence = !inFence;
            }
            Matcher heading = markdown && !inFence ? HEADING.matcher(stripped) : null;
            if (heading != null && heading.matches()) {
                flush(out, section, block);
                int level = heading.group(1).length();
                String name = heading.group(2);
                if (level == 1) {
                    h2 = "";
                    section = "";
                } else if (level == 2) {
                    h2 = name;
                    section = name;
                } else {
                    section = h2.isEmpty() ? name : h2 + " / " + name;
                }
            } else if (stripped.isEmpty() && !inFence) {
                flush(out, section, block);
            } else {
                if (block.length() > 0) {
                    block.append('\n');
                }
                block.append(line.stripTrailing());
            }
        }
        flush(out, section, block);
        return out;
    }

    private void flush(List<Paragraph> out, String section, StringBuilder block) {
        String text = block.toString().strip();
        block.setLength(0);
        if (!text.isEmpty()) {
            out.add(new Paragraph(section, text, tokens.count(text)));
        }
    }
}
