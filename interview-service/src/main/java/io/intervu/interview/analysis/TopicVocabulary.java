package io.intervu.interview.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base's controlled topic tags and the words that signal each of them in a resume
 * or job description. Terms are matched on lemmas, so "indexes" finds "index".
 */
public final class TopicVocabulary {

    public static final Set<String> BEHAVIOURAL_TOPICS = Set.of(
            "behavioural", "communication", "leadership", "conflict", "teamwork", "failure", "prioritisation");

    public static final List<String> ROLE_PROFILES = List.of("backend", "frontend", "fullstack", "data-science", "sre");

    /** topic tag -> terms (phrases allowed). */
    public static final Map<String, List<String>> TERMS = new LinkedHashMap<>();

    static {
        t("java", "java", "jdk", "quarkus", "jakarta ee", "hibernate", "junit");
        t("jvm", "jvm", "garbage collection", "gc", "zgc", "g1", "heap", "jit", "jvm tuning");
        t("concurrency", "concurrency", "concurrent", "thread", "multithreading", "lock", "optimistic locking", "race condition", "parallelism");
        t("spring", "spring", "spring boot");
        t("kafka", "kafka", "apache kafka", "consumer group", "partitioning", "msk");
        t("messaging", "rabbitmq", "message broker", "messaging", "queue", "dead-letter", "pub/sub", "sqs");
        t("event-driven", "event-driven", "event sourcing", "outbox", "transactional outbox", "saga", "event", "exactly-once");
        t("sql", "sql", "postgresql", "mysql", "query", "query performance");
        t("transactions", "transaction", "isolation level", "acid", "idempotency", "idempotent", "ledger");
        t("databases", "database", "postgresql", "data model", "schema migration", "rds", "mysql");
        t("indexing", "index", "indexing", "query performance");
        t("nosql", "nosql", "redis", "mongodb", "cassandra", "dynamodb");
        t("distributed-systems", "distributed system", "circuit breaker", "retry", "backoff", "consensus", "idempotent consumer", "saga", "graceful degradation");
        t("microservices", "microservice", "service mesh", "microservices");
        t("api-design", "api", "grpc", "api design", "contract", "graphql");
        t("rest", "rest", "restful", "http", "rest api");
        t("testing", "testing", "automated testing", "unit test", "junit", "testcontainers", "jest", "playwright", "end-to-end", "tdd");
        t("system-design", "system design", "architecture", "design review", "scalable design", "high availability");
        t("caching", "cache", "caching", "redis", "cdn", "memcached");
        t("scalability", "scalability", "throughput", "latency", "requests per second", "performance tuning", "load", "scale");
        t("statistics", "statistics", "statistical", "statistical significance", "power analysis", "confidence interval", "p value", "hypothesis", "regression");
        t("experimentation", "a/b test", "a/b testing", "experiment", "experimentation", "experimental design");
        t("machine-learning", "machine learning", "predictive model", "scikit-learn", "pytorch", "tensorflow", "deep learning", "churn", "drift");
        t("feature-engineering", "feature engineering", "feature pipeline", "feature store");
        t("nlp", "nlp", "natural language processing", "text classification", "language model", "sentiment");
        t("python", "python", "pandas", "numpy", "scikit-learn", "jupyter");
        t("data-engineering", "data engineering", "data pipeline", "etl", "spark", "airflow", "feature pipeline", "dbt");
        t("react", "react", "redux", "next.js", "jsx", "react hook");
        t("javascript", "javascript", "node.js", "webpack", "vite", "es2015", "web worker");
        t("typescript", "typescript");
        t("css", "css", "css-in-js", "sass", "tailwind", "responsive design");
        t("web-performance", "core web vitals", "web performance", "largest contentful paint", "code splitting", "lazy loading", "performance optimisation", "performance optimization", "server-side rendering");
        t("accessibility", "accessibility", "wcag", "a11y", "screen reader", "aria", "accessible");
        t("frontend", "frontend", "front-end", "browser", "design system", "ui", "web experience", "angularjs", "angular", "storybook");
        t("kubernetes", "kubernetes", "k8s", "helm", "eks", "gke");
        t("docker", "docker", "container", "containerisation", "containerization");
        t("observability", "observability", "monitoring", "prometheus", "grafana", "tracing", "opentelemetry", "logging", "metric");
        t("incident-response", "incident", "on-call", "postmortem", "runbook", "incident review", "outage");
        t("infrastructure-as-code", "terraform", "infrastructure as code", "ansible", "pulumi", "cloudformation");
        t("ci-cd", "ci/cd", "continuous integration", "continuous delivery", "deployment", "github actions", "jenkins", "github action");
        t("cloud", "aws", "gcp", "azure", "cloud", "google cloud");
        t("security", "security", "vulnerability", "owasp", "encryption", "threat model");
        t("authentication", "authentication", "authorization", "oauth", "jwt", "sso", "openid connect");
        t("behavioural", "behaviour", "behavior");
        t("communication", "communication", "communicate", "stakeholder", "written", "verbal", "presentation");
        t("leadership", "lead", "mentor", "leadership", "raise the bar", "coach", "design review");
        t("conflict", "conflict", "disagreement", "disagree");
        t("teamwork", "collaborate", "collaboration", "partner", "cross-functional", "team");
        t("failure", "failure", "mistake", "postmortem", "lesson learned");
        t("prioritisation", "prioritise", "prioritize", "prioritisation", "prioritization", "trade-off", "deadline", "roadmap");
    }

    private TopicVocabulary() {
    }

    private static void t(String topic, String... terms) {
        TERMS.put(topic, List.of(terms));
    }

    public static boolean isTopic(String tag) {
        return TERMS.containsKey(tag);
    }

    /** Which topics a role profile naturally draws on, to rank JD emphasis and to pad thin plans. */
    public static List<String> profileTopics(String profile) {
        return switch (profile) {
            case "frontend" -> List.of("react", "typescript", "javascript", "web-performance", "accessibility", "css", "testing", "frontend");
            case "fullstack" -> List.of("react", "typescript", "rest", "api-design", "sql", "databases", "testing", "system-design");
            case "data-science" -> List.of("statistics", "experimentation", "machine-learning", "python", "sql", "feature-engineering", "nlp", "data-engineering");
            case "sre" -> List.of("kubernetes", "observability", "incident-response", "infrastructure-as-code", "ci-cd", "cloud", "docker", "distributed-systems");
            default -> List.of("java", "distributed-systems", "sql", "databases", "api-design", "microservices", "testing", "system-design");
        };
    }
}
