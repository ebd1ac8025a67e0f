package io.intervu.rag.service;

import java.util.List;
import java.util.Set;

/**
 * The controlled topic and role tags of the starter corpus (rag-service/docs/knowledge-format.md).
 * Starter documents using other tags are still loaded but reported, since the interviewer filters
 * by these names; uploads through the API may use any tag.
 */
public final class KnowledgeVocabulary {

    public static final Set<String> TOPICS = Set.of(
            "java", "jvm", "concurrency", "spring", "kafka", "messaging", "event-driven", "sql", "transactions",
            "databases", "indexing", "nosql", "distributed-systems", "microservices", "api-design", "rest",
            "testing", "system-design", "caching", "scalability", "statistics", "experimentation",
            "machine-learning", "feature-engineering", "nlp", "python", "data-engineering", "react",
            "javascript", "typescript", "css", "web-performance", "accessibility", "frontend", "kubernetes",
            "docker", "observability", "incident-response", "reliability", "infrastructure-as-code", "ci-cd", "cloud",
            "security", "authentication", "behavioural", "communication", "leadership", "conflict", "teamwork",
            "failure", "prioritisation");

    public static final Set<String> ROLES = Set.of("backend", "frontend", "fullstack", "data-science", "sre", "any");

    private KnowledgeVocabulary() {
    }

    public static List<String> unknownTags(List<String> topics, List<String> roles) {
        return java.util.stream.Stream.concat(
                topics.stream().filter(t -> !TOPICS.contains(t)).map(t -> "topic:" + t),
                roles.stream().filter(r -> !ROLES.contains(r)).map(r -> "role:" + r)).toList();
    }
}
