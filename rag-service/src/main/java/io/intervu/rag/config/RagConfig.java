package io.intervu.rag.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Everything tunable in rag-service; every key has a safe offline default (see README). */
@ConfigMapping(prefix = "rag")
public interface RagConfig {

    Embedding embedding();

    Ingest ingest();

    Chunking chunking();

    Search search();

    Starter starter();

    interface Embedding {
        /** {@code minilm} (in-process, default) or {@code gemini} (needs an API key). */
        @WithDefault("minilm")
        String provider();

        /** Re-embed every chunk at startup when the stored model differs from the configured one. */
        @WithDefault("false")
        boolean reembedAtStart();

        Gemini gemini();

        interface Gemini {
            Optional<String> apiKey();

            @WithDefault("https://generativelanguage.googleapis.com")
            String baseUrl();

            @WithDefault("gemini-embedding-001")
            String model();

            @WithDefault("20s")
            Duration timeout();

            /** Texts per batchEmbedContents call (the API accepts at most 100). */
            @WithDefault("50")
            int batchSize();
        }
    }

    interface Ingest {
        @WithDefault("10485760")
        long maxBytes();

        @WithDefault("300")
        int maxPages();

        /** Extracted text larger than this is refused (a 10 MB PDF can expand to far more text). */
        @WithDefault("2000000")
        int maxChars();

        /** A PDF whose streams (fonts and page content; images are never unpacked) unpack to more is refused unread. */
        @WithDefault("67108864")
        long maxPdfDecodedBytes();

        /** Of those, the page content and forms, which become objects on the heap as they are read. */
        @WithDefault("16777216")
        long maxPdfContentBytes();

        /** Reading one PDF stops after this long (the budget check notices it; PDFBox's text layout does not). */
        @WithDefault("30s")
        Duration maxPdfParseTime();

        /** PDFs read at once: each may hold up to its budget of heap. */
        @WithDefault("2")
        int pdfWorkers();

        /** PDFs waiting for a reader; beyond that an upload is refused at once (503 pdf-reader-busy). */
        @WithDefault("4")
        int pdfQueue();
    }

    interface Chunking {
        /** A chunk closes at a heading once it holds at least this many tokens. */
        @WithDefault("200")
        int minTokens();

        @WithDefault("400")
        int maxTokens();

        /** Tail of the previous chunk repeated when a section is split inside. */
        @WithDefault("50")
        int overlapTokens();
    }

    interface Search {
        @WithDefault("6")
        int defaultTopK();

        @WithDefault("50")
        int maxTopK();

        @WithDefault("0.58")
        double defaultMinScore();

        @WithDefault("10")
        int maxQueries();

        @WithDefault("2000")
        int maxQueryChars();

        /** HNSW candidate list size per query; must be >= topK * candidateFactor. */
        @WithDefault("80")
        int efSearch();

        /** Candidates fetched per query = topK * this, so filters and MMR have room. */
        @WithDefault("4")
        int candidateFactor();

        /** MMR trade-off: 1 = pure relevance, 0 = pure diversity. */
        @WithDefault("0.7")
        double mmrLambda();
    }

    interface Starter {
        @WithDefault("true")
        boolean loadAtStart();

        /** Classpath folder holding the starter Markdown documents. */
        @WithDefault("knowledge")
        String location();
    }
}
