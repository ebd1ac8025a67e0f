package io.intervu.evaluation.service.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be measured in an answer's text without a model: sentences, numbers, named
 * technologies, first-person contribution, structure and STAR markers, fillers and hedges, and
 * attempts to instruct the evaluator. Every figure here is quoted back in the justifications.
 */
public final class AnswerSignals {

    private static final Pattern SENTENCE_SPLIT = Pattern.compile("(?<=[.!?])\\s+|[\\n;]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'._+#/-]*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}])\\d+(?:[.,]\\d+)?\\s*(?:%|percent|ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|x|k|m|gb|mb|tb|rps|qps|requests|users|engineers|people|times)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "ten", "twenty",
            "hundred", "thousand", "million", "half", "twice", "double", "triple", "percent", "dozen");
    /** Tokens that look like identifiers: config keys, CamelCase types, acronyms. */
    private static final Pattern IDENTIFIER = Pattern.compile(
            "\\b(?:[a-z]+(?:\\.[a-z]+)+|[a-z]+[A-Z][A-Za-z]+|[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z]{2,}[0-9]?)\\b");
    private static final Set<String> NOT_TECH = Set.of("I", "OK", "OR", "AND", "NOT", "A", "TODO", "FYI", "ASAP", "US", "UK", "EU", "AM", "PM", "STAR", "CEO", "CTO", "HR", "TL", "DR", "IT");
    private static final Set<String> TECHNOLOGIES = Set.of(
            "kafka", "zookeeper", "kraft", "postgres", "postgresql", "mysql", "oracle", "redis", "memcached", "mongodb",
            "cassandra", "dynamodb", "elasticsearch", "java", "jvm", "kotlin", "scala", "spring", "quarkus", "hibernate",
            "jpa", "jdbc", "kubernetes", "k8s", "docker", "helm", "terraform", "ansible", "aws", "gcp", "azure", "s3",
            "lambda", "prometheus", "grafana", "opentelemetry", "jaeger", "datadog", "splunk", "jenkins", "github",
            "gitlab", "git", "nginx", "envoy", "istio", "grpc", "graphql", "rest", "http", "https", "tls", "oauth",
            "oidc", "jwt", "saml", "vault", "react", "redux", "typescript", "javascript", "node", "python", "pandas",
            "numpy", "spark", "airflow", "flink", "rabbitmq", "sqs", "sns", "pubsub", "linux", "bash", "junit",
            "mockito", "testcontainers", "wiremock", "selenium", "cypress", "resilience4j", "hystrix", "sentinel",
            "completablefuture", "executorservice", "virtual", "g1", "zgc", "shenandoah", "jfr", "jmh", "sql", "nosql",
            "webpack", "vite", "css", "html", "sklearn", "scikit-learn", "pytorch", "tensorflow", "xgboost", "bert",
            "idempotent", "idempotence", "outbox", "debezium", "cdc", "mvcc", "acid", "raft", "paxos", "cap");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|I'm|I've|I'd|my|me|myself)\\b");
    private static final Pattern WE = Pattern.compile("\\b(?:we|our|us|the team)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_ACTION = Pattern.compile(
            "\\bI\\s+(?:then\\s+|also\\s+|personally\\s+|first\\s+)?(?:decided|built|wrote|implemented|set up|proposed|organi[sz]ed|talked|met|introduced|created|designed|led|added|changed|moved|migrated|ran|reviewed|refactored|automated|measured|profiled|fixed|replaced|configured|tuned|scheduled|asked|explained|paired|owned|drafted|suggested|rolled|shipped|tested|investigated|traced|found|split|rewrote|negotiated|agreed|prioriti[sz]ed|mentored|documented|presented|called|escalated|coordinated|used|chose|benchmarked|deployed|enabled|reduced|cut|worked on|took over|volunteered|convinced|persuaded|listened|prototyped|compared|sat down|went through|dug into)\\b");
    private static final List<String> STRUCTURE_MARKERS = List.of("first", "second", "third", "then", "next", "finally",
            "because", "so that", "therefore", "for example", "for instance", "such as", "as a result", "which means",
            "trade-off", "tradeoff", "however", "on the other hand", "in short", "in summary", "the reason", "instead",
            "whereas", "while", "if ", "unless", "otherwise");
    private static final Pattern STAR_SITUATION = Pattern.compile(
            "\\b(?:when I|at my (?:last|previous|current)|in my (?:last|previous|current)|we were|our team|the team|the project|last year|a few years ago|situation|we had|there was)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAR_TASK = Pattern.compile(
            "\\b(?:my (?:role|task|job|responsibility|goal)|I was (?:responsible|asked|tasked|in charge|the owner)|I owned|the goal was|my part|I had to|I needed to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAR_RESULT = Pattern.compile(
            "\\b(?:as a result|result(?:ed)?|outcome|in the end|reduced|increased|improved|cut|saved|shipped|launched|dropped|grew|went down|went up|fell|delivered|on time|faster|quicker|fewer|adopted|zero|no longer|since then)\\b|\\d+\\s*(?:%|percent)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAR_REFLECTION = Pattern.compile(
            "\\b(?:I learned|I learnt|lesson|next time|I would do differently|in hindsight|looking back|since then|now I always|I now)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLER = Pattern.compile(
            "\\b(?:um+|uh+|erm+|er|hmm+|you know|kind of|sort of|basically|like,|I mean)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:maybe|I think|I guess|probably|not sure|I don't know|I do not know|no idea|I'm not certain|perhaps)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INJECTION = Pattern.compile(
            "(?:ignore (?:all |any |the )?(?:previous|prior|above|earlier|your)? ?(?:instructions|rules|prompts?|guidelines))"
                    + "|(?:disregard (?:the|all|any|your|previous) )"
                    + "|(?:(?:give|award|grant|rate|score|mark) (?:me|this(?: answer)?|it|the answer)(?: with| as| a| an)? (?:a |an )?(?:5|five|10|ten|full|perfect|maximum|max|top|the highest)\\b)"
                    + "|(?:\\b5 ?/ ?5\\b|\\b10 ?/ ?10\\b|full marks|perfect score|highest (?:possible )?score)"
                    + "|(?:you are now|act as|pretend (?:to be|you are)|new instructions|system prompt|developer mode|as the evaluator,? you)"
                    + "|(?:(?:this|my) answer (?:is|deserves) (?:perfect|excellent|a 5|five))",
            Pattern.CASE_INSENSITIVE);

    public final String text;
    /** Sentences that try to instruct the evaluator; excluded from everything that is scored. */
    public final List<String> injectionSentences;
    /** The answer's sentences without the injection attempts: the content that is scored. */
    public final List<String> sentences;
    public final String content;
    public final int wordCount;
    public final List<String> numbers;
    public final List<String> technologies;
    public final int firstPersonCount;
    public final int weCount;
    public final List<String> ownActions;
    public final List<String> structureMarkers;
    public final boolean starSituation;
    public final boolean starTask;
    public final boolean starAction;
    public final boolean starResult;
    public final boolean starReflection;
    public final int fillerCount;
    public final List<String> hedges;

    private AnswerSignals(String text) {
        this.text = text == null ? "" : text.strip();
        List<String> all = new ArrayList<>();
        for (String s : SENTENCE_SPLIT.split(this.text)) {
            if (!s.isBlank()) {
                all.add(s.strip());
            }
        }
        List<String> injections = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String s : all) {
            (INJECTION.matcher(s).find() ? injections : kept).add(s);
        }
        injectionSentences = List.copyOf(injections);
        sentences = List.copyOf(kept);
        content = String.join(" ", kept);
        wordCount = count(WORD, content);
        numbers = distinctMatches(NUMBER, content, 6);
        for (String w : words(content)) {
            if (NUMBER_WORDS.contains(w) && numbers.size() < 6 && !numbers.contains(w)) {
                numbers.add(w);
            }
        }
        technologies = technologies(content);
        firstPersonCount = count(FIRST_PERSON, content);
        weCount = count(WE, content);
        ownActions = distinctMatches(OWN_ACTION, content, 4);
        structureMarkers = markers(content);
        starSituation = STAR_SITUATION.matcher(content).find();
        starTask = STAR_TASK.matcher(content).find();
        starAction = !ownActions.isEmpty();
        starResult = STAR_RESULT.matcher(content).find();
        starReflection = STAR_REFLECTION.matcher(content).find();
        fillerCount = count(FILLER, content);
        hedges = distinctMatches(HEDGE, content, 4);
    }

    public static AnswerSignals of(String text) {
        return new AnswerSignals(text);
    }

    public boolean injectionSuspected() {
        return !injectionSentences.isEmpty();
    }

    public double fillerRate() {
        return wordCount == 0 ? 0 : (double) fillerCount / wordCount;
    }

    public double averageSentenceWords() {
        return sentences.isEmpty() ? 0 : (double) wordCount / sentences.size();
    }

    public int starParts() {
        return (starSituation ? 1 : 0) + (starTask ? 1 : 0) + (starAction ? 1 : 0) + (starResult ? 1 : 0);
    }

    /** Lower-case word tokens of a text. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replaceAll("[.,]+$", ""));
        }
        return out;
    }

    private static List<String> technologies(String content) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = WORD.matcher(content);
        while (m.find()) {
            String raw = m.group().replaceAll("[.,]+$", "");
            if (TECHNOLOGIES.contains(raw.toLowerCase(Locale.ROOT))) {
                found.add(raw);
            }
        }
        Matcher id = IDENTIFIER.matcher(content);
        while (id.find()) {
            String token = id.group();
            if (!NOT_TECH.contains(token) && !token.equalsIgnoreCase("e.g") && !token.equalsIgnoreCase("i.e")) {
                found.add(token);
            }
        }
        Set<String> lower = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String f : found) {
            if (lower.add(f.toLowerCase(Locale.ROOT)) && out.size() < 8) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<String> markers(String content) {
        String lower = " " + content.toLowerCase(Locale.ROOT) + " ";
        List<String> out = new ArrayList<>();
        for (String marker : STRUCTURE_MARKERS) {
            if (Pattern.compile("\\b" + Pattern.quote(marker.strip()) + "\\b").matcher(lower).find()) {
                out.add(marker.strip());
            }
        }
        return out;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<String> distinctMatches(Pattern p, String text, int limit) {
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find() && seen.size() < limit) {
            seen.add(m.group().strip());
        }
        return new ArrayList<>(seen);
    }
}
