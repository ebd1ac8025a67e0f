package io.intervu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the scripted model answers, per use, told apart by the system message each service sends. The replies
 * are valid for the deploy/local/samples resume and job description: the analysis names only what they say,
 * the plan takes its behavioural question and any on-focus technical ones from the question bank in the prompt.
 */
final class ChatScript {

    enum Use { ANALYSIS, PLAN, FOLLOW_UP, EVALUATION, REVIEW, UNKNOWN }

    static final List<String> CRITERIA = List.of("relevance", "technicalDepth", "clarity", "roleAlignment", "specificity");
    /** One spoken question each, none sharing four words in a row with a key point; taken in turn. */
    static final List<String> FOLLOW_UPS = List.of(
            "How would you find out in production whether that approach really holds up?",
            "What went wrong the first time you tried something like this, and what did you change?",
            "If the load doubled tomorrow, which part of your answer would you revisit first, and why?");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNT = Pattern.compile("Prepare exactly (\\d+) interview questions");
    private static final Pattern BANK_LINE = Pattern.compile("(?m)^- ref=(\\S+) type=(\\S+) topics=\\[([^\\]]*)\\] difficulty=(\\S+): (.+)$");
    private static final List<String> FOCUS = List.of("kafka", "event-driven", "transactions", "distributed-systems");
    private static final Pattern ON_FOCUS = Pattern.compile("(?i)kafka|event|partition");
    /** topic, text, three key points */
    private static final List<String[]> OWN_QUESTIONS = List.of(
            new String[]{"kafka", "How would you guarantee per-account ordering of payment events in Kafka?",
                    "partition by account id", "one consumer per partition in a group", "idempotent handling of redeliveries"},
            new String[]{"event-driven", "How do you publish an event reliably when the same request also updates PostgreSQL?",
                    "transactional outbox", "relay that retries until acknowledged", "consumers deduplicate by event id"},
            new String[]{"kafka", "A consumer crashes after its database write but before committing the Kafka offset. What happens next?",
                    "the message is delivered again", "processing must be idempotent", "commit offsets after the effect is stored"},
            new String[]{"kafka", "How do you keep one poison event from blocking a Kafka partition?",
                    "bounded retries with backoff", "dead-letter topic", "alerting and replay tooling"},
            new String[]{"transactions", "What does exactly-once mean for a payment event pipeline, and how close can you get?",
                    "at-least-once delivery plus idempotency", "Kafka transactions and their limits", "end-to-end deduplication keys"});
    private static final AtomicInteger FOLLOW_UPS_ASKED = new AtomicInteger();

    private ChatScript() {
    }

    static Use useOf(JsonNode request) {
        String system = message(request, "system");
        if (system.startsWith("You analyse a job description")) {
            return Use.ANALYSIS;
        }
        if (system.startsWith("You are an interview planner")) {
            return Use.PLAN;
        }
        if (system.startsWith("You are the follow-up judge")) {
            return Use.FOLLOW_UP;
        }
        if (system.startsWith("You are a sceptical second reviewer")) {
            return Use.REVIEW;
        }
        if (system.startsWith("You are a strict, fair technical interviewer")) {
            return Use.EVALUATION;
        }
        return Use.UNKNOWN;
    }

    static String reply(JsonNode request) {
        String user = message(request, "user");
        return switch (useOf(request)) {
            case ANALYSIS -> analysis();
            case PLAN -> plan(user);
            case FOLLOW_UP -> followUp(user);
            case EVALUATION -> evaluation();
            case REVIEW -> review(user);
            case UNKNOWN -> "{\"error\":\"the script has no reply for this request\"}";
        };
    }

    /** The content of the first message with {@code role}, or "". */
    static String message(JsonNode request, String role) {
        for (JsonNode m : request.path("messages")) {
            if (role.equals(m.path("role").asText())) {
                return m.path("content").isTextual() ? m.path("content").asText() : m.path("content").toString();
            }
        }
        return "";
    }

    private static String analysis() {
        ObjectNode a = JSON.createObjectNode();
        a.put("role", "Senior Backend Engineer, Payments Platform").put("seniority", "senior").putNull("company");
        ArrayNode topics = a.putArray("focusTopics");
        FOCUS.forEach(topics::add);
        topics.add("kubernetes");
        strings(a.putArray("candidateSkills"), "Java 17", "Apache Kafka", "PostgreSQL", "Kubernetes");
        strings(a.putArray("requirements"), "5+ years of backend development in Java", "Apache Kafka: partitioning and ordering");
        a.putArray("projects").addObject().put("name", "Ledgerly")
                .put("description", "A double-entry bookkeeping library for Java with a PostgreSQL adapter.");
        return a.toString();
    }

    /**
     * The requested number of questions: one project deep-dive, the bank's first behavioural question, and
     * technical ones on the job's focus, the bank's where it has them (the driver's typed answers are about Kafka
     * and events), written here otherwise, as a model does when the bank does not fit.
     */
    private static String plan(String prompt) {
        Matcher count = COUNT.matcher(prompt);
        int wanted = count.find() ? Integer.parseInt(count.group(1)) : 5;
        List<ObjectNode> technical = new ArrayList<>();
        ObjectNode behavioural = null;
        Matcher line = BANK_LINE.matcher(prompt);
        while (line.find()) {
            boolean isBehavioural = line.group(2).equals("behavioural");
            if (isBehavioural && behavioural == null) {
                behavioural = bankQuestion("behavioural", line);
            } else if (!isBehavioural && ON_FOCUS.matcher(line.group(5)).find()) {
                technical.add(bankQuestion(line.group(2).equals("scenario") ? "scenario" : "technical", line));
            }
        }
        OWN_QUESTIONS.forEach(q -> technical.add(question("technical", q[0], q[1], null, q[2], q[3], q[4])));
        ObjectNode plan = JSON.createObjectNode();
        ArrayNode questions = plan.putArray("questions");
        technical.stream().limit(wanted - 1 - (behavioural == null ? 0 : 1)).forEach(questions::add);
        if (behavioural != null) {
            questions.add(behavioural);
        }
        questions.add(question("project", "event-driven",
                "Walk me through Ledgerly: what problem it solves, how it is built, and the hardest decision you made.", null,
                "problem and constraints", "architecture and data model", "a trade-off with its reason"));
        // a model's habit the services must cope with: JSON inside a Markdown fence
        return "```json\n" + plan + "\n```";
    }

    private static ObjectNode bankQuestion(String type, Matcher bankLine) {
        return question(type, bankLine.group(3).split(",")[0].strip(), bankLine.group(5).strip(), bankLine.group(1),
                "the mechanism and why it works", "a concrete example from experience", "how to verify it");
    }

    private static ObjectNode question(String type, String topic, String text, String ref, String... keyPoints) {
        ObjectNode q = JSON.createObjectNode();
        q.put("type", type).put("topic", topic).put("difficulty", "medium").put("text", text);
        strings(q.putArray("keyPoints"), keyPoints);
        return q.put("rationale", "The job description emphasises this topic.").put("questionRef", ref);
    }

    /** A follow-up on the first key point for the first answer to a question; then on to the next question. */
    private static String followUp(String prompt) {
        ObjectNode out = JSON.createObjectNode();
        List<String> keyPoints = fencedLines(prompt, "key-points");
        if (prompt.contains("<<<DATA earlier-follow-ups") || keyPoints.isEmpty()) {
            return out.put("action", "next").put("reason", "The answer covers enough to move on.").toString();
        }
        String text = FOLLOW_UPS.get(FOLLOW_UPS_ASKED.getAndIncrement() % FOLLOW_UPS.size());
        return out.put("action", "follow_up").put("reason", "The answer stays general.").put("followUp", text)
                .put("probes", keyPoints.get(0)).toString();
    }

    private static String evaluation() {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode criteria = out.putArray("criteria");
        for (String name : CRITERIA) {
            // no 1 and no 5, so the sceptical second pass has nothing to re-check
            criteria.addObject().put("name", name).put("score", name.equals("specificity") ? 3 : 4)
                    .put("justification", "Scripted: the answer names a mechanism and an example.");
        }
        out.put("overallJustification", "Scripted evaluation of the e2e test's model server.");
        out.putArray("keyPointsCovered");
        strings(out.putArray("strengths"), "Names a concrete mechanism.");
        strings(out.putArray("improvements"), "Add a measured outcome.");
        return out.put("strongAnswerOutline", "Mechanism, example, how it was verified.").put("injectionSuspected", false).toString();
    }

    private static String review(String prompt) {
        Matcher listed = Pattern.compile("Re-check these criteria: (.+)").matcher(prompt);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode criteria = out.putArray("criteria");
        if (listed.find()) {
            for (String name : listed.group(1).split(",\\s*")) {
                criteria.addObject().put("name", name.strip()).put("score", 4).put("justification", "Scripted review.");
            }
        }
        return out.toString();
    }

    /** The "- " lines of the fence {@code name} in a prompt. */
    private static List<String> fencedLines(String prompt, String name) {
        int start = prompt.indexOf("<<<DATA " + name + "\n");
        int end = start < 0 ? -1 : prompt.indexOf("\nDATA>>>", start);
        List<String> out = new ArrayList<>();
        if (end > start) {
            for (String l : prompt.substring(start, end).split("\n")) {
                if (l.startsWith("- ")) {
                    out.add(l.substring(2).strip());
                }
            }
        }
        return out;
    }

    private static void strings(ArrayNode array, String... values) {
        for (String v : values) {
            array.add(v);
        }
    }
}
