package io.intervu.rag.bench;

import io.agroal.api.AgroalDataSource;
import io.intervu.rag.repository.ChunkHit;
import io.intervu.rag.repository.ChunkRepository;
import io.intervu.rag.service.IngestionService;
import io.intervu.rag.service.SearchService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Benchmark, off by default: {@code -Dbenchmark=true}. Measures ingestion throughput through the real
 * pipeline (parse, chunk, embed with MiniLM, store), then retrieval latency and HNSW recall@6 against
 * exact search at 10k and 100k synthetic chunks. Synthetic vectors are the starter corpus's real
 * embeddings plus Gaussian noise, so they cluster like text embeddings do (uniform random vectors
 * would be an unrealistically hard case for HNSW). Figures are printed as "BENCH ..." lines.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RetrievalBenchmark {

    private static final int QUERIES = 200;
    private static final int K = 6;

    @Inject
    IngestionService ingestion;
    @Inject
    SearchService search;
    @Inject
    ChunkRepository chunks;
    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(42);

    @Test
    void benchmark() throws Exception {
        ingestionThroughput();
        List<float[]> centroids = corpusEmbeddings();
        UUID doc = syntheticDocument();
        try {
            int stored = 0;
            for (int target : new int[]{10_000, 100_000}) {
                long insertStart = System.nanoTime();
                dropIndex();
                copySynthetic(doc, centroids, stored, target - stored);
                stored = target;
                double insertSeconds = seconds(insertStart);
                long buildStart = System.nanoTime();
                buildIndex();
                System.out.printf("BENCH scale %d synthetic chunks (+%d corpus): bulk insert %.1f s, HNSW build %.1f s%n",
                        target, centroids.size(), insertSeconds, seconds(buildStart));
                measure(target, centroids, 80);
                measure(target, centroids, 40);
                endToEnd(target);
            }
        } finally {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("delete from document where id = '" + doc + "'");
                st.execute("vacuum analyze chunk");
            }
        }
    }

    private void ingestionThroughput() {
        int docs = 20;
        long start = System.nanoTime();
        int chunkCount = 0;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            var result = ingestion.ingest(new IngestionService.Upload(syntheticMarkdown(i).getBytes(StandardCharsets.UTF_8),
                    "bench-" + i + ".md", "text/markdown", "benchmark", null, List.of("benchmark"), List.of(), false));
            chunkCount += result.document().chunks();
            ids.add(result.document().id());
        }
        double s = seconds(start);
        System.out.printf("BENCH ingestion: %d documents, %d chunks in %.1f s = %.1f chunks/s (%.2f documents/s)%n",
                docs, chunkCount, s, chunkCount / s, docs / s);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (UUID id : ids) {
                st.execute("delete from document where id = '" + id + "'");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void measure(int scale, List<float[]> centroids, int efSearch) {
        long[] nanos = new long[QUERIES];
        double recall = 0;
        for (int i = 0; i < QUERIES; i++) {
            float[] q = noisy(centroids.get(random.nextInt(centroids.size())), 0.08);
            long t = System.nanoTime();
            List<ChunkHit> approx = chunks.nearest(q, K, List.of(), List.of(), efSearch, false, false);
            nanos[i] = System.nanoTime() - t;
            List<ChunkHit> exact = chunks.nearest(q, K, List.of(), List.of(), efSearch, true, false);
            Set<UUID> truth = new HashSet<>();
            exact.forEach(h -> truth.add(h.chunkId()));
            recall += approx.stream().filter(h -> truth.contains(h.chunkId())).count() / (double) K;
        }
        Arrays.sort(nanos);
        System.out.printf("BENCH scale %d, ef_search %d: top-%d SQL latency p50 %.2f ms, p99 %.2f ms; recall@%d vs exact %.3f%n",
                scale, efSearch, K, nanos[QUERIES / 2] / 1e6, nanos[(int) (QUERIES * 0.99)] / 1e6, K, recall / QUERIES);
    }

    private void endToEnd(int scale) {
        String[] queries = {"how does kafka keep messages in order", "explain database isolation levels",
                "react hooks state management", "how to run a blameless postmortem", "bias variance trade-off"};
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            search.search(new SearchService.Query(List.of(queries[i % queries.length] + " " + i), K, 0.0, List.of(), List.of(), false));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("BENCH scale %d: end-to-end search (MiniLM query embedding + SQL + merge) p50 %.2f ms, p99 %.2f ms%n",
                scale, nanos[50] / 1e6, nanos[98] / 1e6);
    }

    private List<float[]> corpusEmbeddings() throws Exception {
        List<float[]> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select embedding::text from chunk")) {
            while (rs.next()) {
                out.add(new com.pgvector.PGvector(rs.getString(1)).toArray());
            }
        }
        if (out.size() < 50) {
            throw new IllegalStateException("the starter corpus is not loaded (" + out.size() + " chunks)");
        }
        return out;
    }

    private UUID syntheticDocument() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into document (id, title, source, content_hash, media_type, topics, roles) values ('" + id
                    + "', 'Synthetic benchmark chunks', 'benchmark', '" + UUID.randomUUID().toString().replace("-", "")
                    + UUID.randomUUID().toString().replace("-", "") + "', 'text/plain', '{benchmark}', '{}')");
        }
        return id;
    }

    private void copySynthetic(UUID doc, List<float[]> centroids, int firstOrdinal, int count) throws Exception {
        int batch = 5_000;
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < count; from += batch) {
                StringBuilder rows = new StringBuilder();
                for (int i = from; i < Math.min(count, from + batch); i++) {
                    float[] v = noisy(centroids.get(random.nextInt(centroids.size())), 0.08);
                    rows.append(UUID.randomUUID()).append('\t').append(doc).append('\t').append(firstOrdinal + i)
                            .append("\tsynthetic chunk ").append(firstOrdinal + i).append("\t64\t").append(Arrays.toString(v).replace(" ", ""))
                            .append("\t{}\n");
                }
                copy.copyIn("copy chunk (id, document_id, ordinal, text, token_count, embedding, metadata) from stdin",
                        new StringReader(rows.toString()));
            }
        }
    }

    private void dropIndex() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop index if exists chunk_embedding_hnsw_idx");
        }
    }

    /** Same definition as V2__knowledge_base.sql, with more build memory for this session only. */
    private void buildIndex() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("set maintenance_work_mem = '1GB'");
            st.execute("create index chunk_embedding_hnsw_idx on chunk using hnsw (embedding public.vector_cosine_ops) with (m = 16, ef_construction = 64)");
            st.execute("reset maintenance_work_mem");
            st.execute("analyze chunk");
        }
    }

    /** A unit vector near {@code base}: base plus Gaussian noise of the given size per dimension. */
    private float[] noisy(float[] base, double sigma) {
        float[] v = new float[base.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (base[i] + random.nextGaussian() * sigma);
            norm += v[i] * v[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] / norm);
        }
        return v;
    }

    private String syntheticMarkdown(int n) {
        String[] words = {"service", "latency", "partition", "replica", "index", "transaction", "cache", "queue", "schema",
                "deployment", "metric", "gradient", "feature", "component", "render", "token", "cluster", "request",
                "consumer", "snapshot", "rollback", "throughput", "budget", "incident", "pipeline", "model", "query"};
        StringBuilder md = new StringBuilder("# Synthetic benchmark document " + n + " " + UUID.randomUUID() + "\n\n");
        for (int s = 0; s < 5; s++) {
            md.append("## Section ").append(s).append("\n\n");
            for (int p = 0; p < 3; p++) {
                for (int w = 0; w < 90; w++) {
                    md.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
                }
                md.append("\n\n");
            }
        }
        return md.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
