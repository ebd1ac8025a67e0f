package io.intervu.interview.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base's controlled topic tags and the words that signal each of them in a resume
 * or job description, matched by {@link TopicMatcher} on word boundaries. A term written in lower
 * case matches any case; a term with a capital letter matches only that spelling, for words whose
 * lower-case form means something else ("REST" vs "the rest of", "ML", "Spring", "Express").
 * A hyphen in a term also matches a space and vice versa; the last word may take a plural ending.
 * A term may serve two topics only where it really means both (Redis: a cache and a NoSQL store).
 */
public final class TopicVocabulary {

    public static final Set<String> BEHAVIOURAL_TOPICS = Set.of(
            "behavioural", "communication", "leadership", "conflict", "teamwork", "failure", "prioritisation");

    public static final List<String> ROLE_PROFILES = List.of("backend", "frontend", "fullstack", "data-science", "sre");

    /** topic tag -> terms (phrases allowed). */
    public static final Map<String, List<String>> TERMS = new LinkedHashMap<>();

    static {
        t("java", "java", "jdk", "quarkus", "jakarta ee", "java ee", "hibernate", "junit", "jpa", "micronaut", "vert.x");
        t("jvm", "jvm", "garbage collection", "garbage collector", "gc pause", "zgc", "g1", "g1gc", "shenandoah", "heap",
                "jit", "jvm tuning", "jfr", "java flight recorder", "async-profiler", "jmh", "allocation rate");
        t("concurrency", "concurrency", "concurrent", "thread", "multithreading", "multi-threaded", "lock-free", "wait-free",
                "lock", "locking", "optimistic locking", "race condition", "parallelism", "async/await", "coroutine", "mutex",
                "deadlock", "memory visibility", "memory model", "virtual thread", "CAS", "multi-threading");
        t("spring", "Spring", "spring boot", "spring framework", "spring cloud", "spring data");
        t("kafka", "kafka", "apache kafka", "consumer group", "msk", "kafka streams", "confluent", "schema registry");
        t("messaging", "rabbitmq", "message broker", "message queue", "messaging", "dead-letter", "pub/sub", "pubsub", "sqs",
                "sns", "nats", "activemq", "amqp", "service bus", "kinesis");
        t("event-driven", "event-driven", "event sourcing", "outbox", "transactional outbox", "saga", "exactly-once",
                "cqrs", "domain event", "event streaming", "event-driven architecture", "event schema", "event catalogue");
        t("sql", "sql", "sql query", "query tuning", "query optimisation", "query optimization", "query performance", "joins",
                "window function", "stored procedure", "n+1 query");
        t("transactions", "transaction", "isolation level", "acid", "idempotency", "idempotent", "two-phase commit", "select for update", "read committed", "serializable");
        t("databases", "database", "postgresql", "postgres", "mysql", "mariadb", "sql server", "oracle database", "sqlite",
                "aurora", "rds", "data model", "data modelling", "data modeling", "schema design", "relational schema",
                "schema migration", "replication", "sharding", "read replica", "timescaledb", "time-series database",
                "patroni", "core data", "relational database", "orm");
        t("indexing", "index", "indexes", "indices", "indexing", "query plan", "explain analyze", "b-tree");
        t("nosql", "nosql", "redis", "mongodb", "mongo", "cassandra", "dynamodb", "aerospike", "couchbase", "scylladb",
                "key-value store", "document store", "wide-column", "hbase", "elasticsearch",
                "opensearch");
        t("distributed-systems", "distributed system", "distributed systems", "circuit breaker", "retry", "retries", "backoff",
                "consensus", "idempotent consumer", "graceful degradation", "eventual consistency", "eventually consistent",
                "failure mode", "fault tolerance", "fault-tolerant", "raft", "paxos", "cap theorem", "leader election",
                "bulkhead", "distributed transaction", "split-brain", "chaos engineering");
        t("microservices", "microservice", "microservices", "micro-service", "service mesh", "monolith", "service boundaries",
                "istio", "linkerd");
        t("api-design", "api", "apis", "grpc", "api design", "graphql", "openapi", "swagger", "api versioning", "pagination",
                "idempotency key", "webhook", "public api", "api contract");
        t("rest", "REST", "restful", "rest api", "rest endpoint", "http", "http method", "status code", "endpoint");
        t("testing", "testing", "automated testing", "test automation", "automated test", "unit test", "integration test",
                "end-to-end test", "e2e", "junit", "testcontainers", "jest", "playwright", "cypress", "selenium", "vitest",
                "pytest", "xctest", "tdd", "test strategy", "test suite", "tests", "testing library", "rest assured",
                "contract test", "pact", "flaky test", "test data", "sdet", "qa", "quality assurance", "visual regression",
                "test plan", "test coverage", "bdd", "cucumber");
        t("system-design", "system design", "architecture", "design review", "scalable design", "high availability",
                "architectural", "architecture discussion", "technical design");
        t("caching", "cache", "caching", "redis", "cdn", "memcached", "caffeine", "varnish", "cache invalidation",
                "in-memory cache");
        t("scalability", "scalability", "scalable", "scale", "scaling", "throughput", "latency", "low-latency",
                "high-throughput", "tail latency", "p99", "requests per second", "performance tuning", "load test",
                "load testing", "capacity planning", "horizontally scaled", "horizontal scaling", "k6", "gatling", "jmeter",
                "high-traffic", "performance regression", "load balancer", "load balancing");
        t("statistics", "statistics", "statistical", "statistical significance", "power analysis", "power calculation",
                "confidence interval", "p-value", "p value", "hypothesis", "hypotheses", "hypothesis testing",
                "linear regression", "logistic regression", "regression analysis", "panel regression", "bayesian",
                "causal inference", "variance reduction", "cuped", "multiple testing", "sample size", "statsmodels",
                "difference-in-differences", "probability", "forecasting", "time series", "time-series analysis");
        t("experimentation", "a/b test", "a/b testing", "ab test", "experiment", "experimentation", "experimental design",
                "online experiment", "split test", "controlled experiment", "sequential testing", "pre-registration");
        t("machine-learning", "machine learning", "ML", "predictive model", "scikit-learn", "sklearn", "pytorch", "tensorflow",
                "keras", "deep learning", "neural network", "xgboost", "lightgbm", "gradient boosting", "gradient-boosted",
                "model training", "training pipeline", "model serving", "model registry", "mlops", "mlflow", "kubeflow",
                "recommender", "recommender system", "ranking model", "learning-to-rank", "model evaluation", "ML model",
                "drift", "model drift", "churn", "overfitting", "regularization", "regularisation", "sagemaker", "vertex ai",
                "torchserve", "fine-tune", "fine-tuning", "fine-tuned", "computer vision", "reinforcement learning",
                "model inference", "batch inference", "embedding");
        t("feature-engineering", "feature engineering", "feature pipeline", "feature store", "training/serving skew",
                "training-serving skew", "feature selection");
        t("nlp", "nlp", "natural language processing", "text classification", "language model", "sentiment",
                "named-entity recognition", "named entity recognition", "NER", "named-entity tagger", "entity extraction",
                "hugging face", "huggingface", "bert", "transformer model", "LLM", "large language model", "spacy",
                "retrieval-augmented generation", "RAG", "text model", "tokenization", "tokenisation");
        t("python", "python", "pandas", "numpy", "jupyter", "django", "flask", "fastapi", "pyspark", "celery",
                "django rest framework", "DRF", "pytest");
        t("data-engineering", "data engineering", "data engineer", "data pipeline", "etl", "elt", "spark", "pyspark", "airflow",
                "dbt", "data warehouse", "warehouse", "snowflake", "bigquery", "redshift", "databricks", "flink",
                "stream processing", "streaming pipeline", "data lake", "parquet", "delta lake", "dagster", "prefect",
                "data quality", "ingestion", "data contract", "hadoop", "apache beam", "batch job", "dimensional model",
                "star schema", "slowly changing dimension", "spark structured streaming", "change data capture", "CDC",
                "debezium", "lakehouse", "apache iceberg", "kafka connect");
        t("react", "react", "redux", "next.js", "nextjs", "jsx", "react hook", "react native", "react query");
        t("javascript", "javascript", "node.js", "nodejs", "Node", "webpack", "vite", "es2015", "es6", "ecmascript",
                "web worker", "Express", "fastify", "event loop", "npm", "JS", "jquery", "deno", "nestjs");
        t("typescript", "typescript");
        t("css", "css", "css-in-js", "sass", "scss", "tailwind", "responsive design", "responsive layout", "flexbox",
                "css grid", "custom properties");
        t("web-performance", "core web vitals", "web vitals", "web performance", "LCP", "INP", "CLS", "largest contentful paint",
                "code splitting", "lazy loading", "performance optimisation", "performance optimization", "server-side rendering",
                "SSR", "hydration", "bundle size", "lighthouse", "webpagetest", "performance budget", "time to interactive",
                "real-user monitoring", "service worker", "rendering performance");
        t("accessibility", "accessibility", "accessible", "wcag", "a11y", "screen reader", "aria", "voiceover", "nvda",
                "dynamic type", "keyboard navigation", "keyboard support", "focus management");
        t("frontend", "frontend", "front-end", "front end", "browser", "design system", "UI", "user interface", "web experience",
                "angularjs", "angular", "vue", "vue.js", "storybook", "component library", "svelte", "HTML",
                "web components", "single-page application", "SPA");
        t("kubernetes", "kubernetes", "k8s", "helm", "eks", "gke", "aks", "openshift", "kubectl", "kustomize", "k3s",
                "container orchestration", "pod", "pod disruption budget", "PDB", "kubernetes operator");
        t("docker", "docker", "container", "containerise", "containerize", "containerised", "containerized", "containerising",
                "containerizing", "containerisation", "containerization", "container image", "dockerfile", "podman");
        t("observability", "observability", "monitoring", "monitor", "prometheus", "grafana", "tracing", "distributed tracing",
                "opentelemetry", "logging", "structured logging", "alerting", "alert", "alertmanager", "datadog", "new relic",
                "splunk", "jaeger", "kibana", "azure monitor", "log analytics", "cloudwatch", "dashboards and alerts");
        t("incident-response", "incident", "on-call", "oncall", "postmortem", "post-mortem", "post-incident", "PIR", "runbook",
                "outage", "pager", "pagerduty", "incident review", "incident management", "blameless");
        t("reliability", "SLO", "slos", "SLI", "slis", "SLA", "service level objective", "service-level objective",
                "service level indicator", "service-level indicator", "service level agreement", "error budget", "burn rate",
                "burn-rate alert", "availability target", "reliability target", "uptime");
        t("infrastructure-as-code", "terraform", "infrastructure as code", "infra as code", "IaC", "ansible", "pulumi",
                "cloudformation", "bicep", "crossplane", "atlantis", "terragrunt", "aws cdk");
        t("ci-cd", "ci/cd", "CI", "continuous integration", "continuous delivery", "continuous deployment", "github actions",
                "github action", "jenkins", "gitlab ci", "gitops", "argo cd", "argocd", "Flux", "build pipeline",
                "release pipeline", "deployment pipeline", "ci pipeline", "azure devops", "circleci", "buildkite", "teamcity",
                "spinnaker", "canary", "canary release", "progressive rollout", "progressive delivery", "blue-green", "fastlane",
                "xcode cloud", "argo rollouts", "release process", "rollback", "bazel", "trunk-based development",
                "feature flag");
        t("cloud", "aws", "gcp", "azure", "cloud", "google cloud", "ec2", "s3", "lambda", "IAM", "app service",
                "landing zone", "cloud provider", "cloud-native", "multi-cloud");
        t("security", "security", "secure", "vulnerability", "vulnerabilities", "owasp", "encryption", "threat model",
                "threat modelling", "threat modeling", "threat-model", "SAST", "DAST", "penetration test", "pen test", "pentest",
                "secrets management", "vault", "secrets", "kms", "bug bounty", "xss", "csrf", "sql injection", "appsec",
                "application security", "devsecops", "zero trust", "CVE", "least privilege", "hardening", "guardduty", "siem",
                "scp", "dependency scanning", "image scanning", "semgrep", "idor", "TLS", "mTLS", "PKI", "SOC 2",
                "iso 27001", "compliance");
        t("authentication", "authentication", "authorization", "authorisation", "oauth", "oauth 2.0", "jwt", "sso",
                "single sign-on", "oidc", "openid connect", "saml", "keycloak", "okta", "auth0", "access control", "rbac",
                "identity provider", "mfa", "refresh token", "session handling", "login", "oauth2", "authn", "authz");
        t("behavioural", "behaviour", "behavior");
        t("communication", "communication", "communicate", "stakeholder", "written communication", "verbal", "presentation");
        t("leadership", "lead", "mentor", "mentoring", "leadership", "raise the bar", "coach", "coaching");
        t("conflict", "conflict", "disagreement", "disagree");
        t("teamwork", "collaborate", "collaboration", "partner", "cross-functional", "team");
        t("failure", "failure", "mistake", "lesson learned");
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
            case "sre" -> List.of("kubernetes", "observability", "reliability", "incident-response", "infrastructure-as-code", "ci-cd", "cloud", "docker", "distributed-systems");
            default -> List.of("java", "distributed-systems", "sql", "databases", "api-design", "microservices", "testing", "system-design");
        };
    }
}
