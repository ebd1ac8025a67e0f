package io.intervu.evaluation.service.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be measured in an answer's text without a model: numbers, identifiers, reasons and
 * examples, own actions, STAR parts and story warning signs, sweeping claims, fillers and hedges. Every figure here can be quoted back in a justification.
 */
public final class AnswerSignals {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'._+#/-]*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}])\\d+(?:[.,]\\d+)?\\s*(?:%|percent|ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|x|k|m|gb|mb|tb|rps|qps|requests|users|engineers|people|times)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "ten", "twenty",
            "hundred", "thousand", "million", "half", "twice", "double", "triple", "percent", "dozen");
    /** Tokens that look like identifiers: config keys, names with digits (p99, g1, http2), CamelCase types, acronyms. */
    private static final Pattern IDENTIFIER = Pattern.compile(
            "\\b(?:[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]+[0-9]+[a-z0-9]*|[a-z]+[A-Z][A-Za-z]+|[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z]{2,}[0-9]?)\\b");
    private static final Set<String> NOT_IDENTIFIERS = Set.of("e.g", "i.e", "etc", "I", "OK", "OR", "AND", "NOT", "A", "TODO", "FYI", "ASAP",
            "US", "UK", "EU", "AM", "PM", "STAR", "CEO", "CTO", "HR", "TL", "DR", "IT");
    private static final Pattern OWN_ACTION = Pattern.compile(
            "(?i)\\bI\\s+(?:then\\s+|also\\s+|personally\\s+|first\\s+)?(?:decided|built|wrote|implemented|set up|proposed|organi[sz]ed|talked|met|introduced|created|designed|led|added|changed|moved|migrated|ran|reviewed|refactored|automated|measured|profiled|fixed|replaced|configured|tuned|scheduled|asked|explained|paired|owned|drafted|suggested|rolled|shipped|tested|investigated|traced|found|split|rewrote|negotiated|agreed|prioriti[sz]ed|mentored|documented|presented|called|escalated|coordinated|used|chose|benchmarked|deployed|enabled|reduced|cut|worked on|took over|volunteered|convinced|persuaded|listened|prototyped|compared|sat down|went through|dug into)\\b");
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
    private static final Pattern ABSOLUTES = Pattern.compile("\\b(?:always|never|every|everything|nothing|completely|entirely"
            + "|automatically|no matter|whole point|basically the same|the same thing|is actually|are actually|the opposite|no need"
            + "|don't need|doesn't need|redundant|doesn't matter|it's fine|totally|at all|impossible|guarantees?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RED_FLAGS = Pattern.compile("\\b(?:(?:their|his|her|the other team's|qa's) fault|blame[ds]?"
            + "|should have caught|didn't know what they|on my own|without (?:telling|asking|consulting)|didn't tell|did not tell"
            + "|no point (?:in )?(?:waking|asking|telling)|waste(?:d)? (?:time|weeks|days)|slow(?:ed)? (?:us|me) down|their problem"
            + "|not my (?:job|problem)|it's on them|they had to|over a (?:weekend|couple of weekends)|skipp?(?:ed)? (?:the|a) (?:review|rehearsal|test|tests|staging|parallel)"
            + "|as done|quietly|didn't want to make it awkward|said yes to everything)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_ACTION = Pattern.compile("(?i)\\bI\\s+(?:\\w+ly\\s+|then\\s+|also\\s+|first\\s+)?(?:\\w{3,}ed|ran|made|took|told"
            + "|wrote|built|led|gave|sent|spent|chose|found|set|got|kept|began|drew|put|sat|met|said|did|went|brought|sought|bought"
            + "|thought|held|split|cut|shut|rewrote|taught|won|lost|paid|dug|hit|let|read)\\b");
    private static final List<String> CONNECTIVES = List.of("because", "so that", "which means", "otherwise", "that way", "since",
            "therefore", "as a result", "trade-off", "tradeoff", "the reason", "in order to", "instead", "whereas", "unless", "so the",
            "the downside", "the cost", "which is why", "that's why", "that is why");
    private static final List<String> EXAMPLES = List.of("for example", "for instance", "e.g.", "such as", "say you", "imagine",
            "in my last", "at my last", "in our case", "we had", "we once", "last year");

    /** The answer's sentences without the injection attempts: the content that is scored. */
    public final List<String> sentences;
    public final String content;
    /** Sweeping claims ("always", "never", "no need", "basically the same"): confident misconceptions lean on them. */
    public final List<String> absolutes;
    /** What a strong story never does: blame others, act alone without telling anyone, skip the safety steps. */
    public final List<String> storyRedFlags;
    /** First-person past-tense actions ("I stopped", "I told"): the backbone of a real story. */
    public final int pastActions;
    public final int wordCount;
    public final List<String> numbers;
    /** Config keys, CamelCase types and acronyms: "max.poll.interval.ms", "ReentrantLock", "MVCC". */
    public final List<String> identifiers;
    public final List<String> connectives;
    public final List<String> examples;
    public final List<String> ownActions;
    public final boolean starSituation;
    public final boolean starTask;
    public final boolean starAction;
    public final boolean starResult;
    public final boolean starReflection;
    public final int fillerCount;
    public final List<String> hedges;

    private AnswerSignals(List<String> contentSentences) {
        sentences = List.copyOf(contentSentences);
        content = String.join(" ", sentences);
        fillerCount = count(FILLER, content);
        wordCount = count(WORD, content);
        absolutes = distinctMatches(ABSOLUTES, content, 8);
        storyRedFlags = distinctMatches(RED_FLAGS, content, 4);
        pastActions = count(PAST_ACTION, content);
        numbers = distinctMatches(NUMBER, content, 6);
        for (String w : Lexicon.words(content)) {
            if (NUMBER_WORDS.contains(w) && numbers.size() < 6 && !numbers.contains(w)) {
                numbers.add(w);
            }
        }
        identifiers = identifiers(content);
        connectives = phrases(content, CONNECTIVES);
        examples = phrases(content, EXAMPLES);
        ownActions = distinctMatches(OWN_ACTION, content, 4);
        starSituation = STAR_SITUATION.matcher(content).find();
        starTask = STAR_TASK.matcher(content).find();
        starAction = !ownActions.isEmpty();
        starResult = STAR_RESULT.matcher(content).find();
        starReflection = STAR_REFLECTION.matcher(content).find();
        hedges = distinctMatches(HEDGE, content, 4);
    }

    /** Signals of the content that is scored (the sentences left after screening). */
    public static AnswerSignals of(List<String> contentSentences) {
        return new AnswerSignals(contentSentences);
    }

    public double fillerRate() {
        return wordCount == 0 ? 0 : (double) fillerCount / wordCount;
    }


    public int starParts() {
        return (starSituation ? 1 : 0) + (starTask ? 1 : 0) + (starAction ? 1 : 0) + (starResult ? 1 : 0);
    }


    private static List<String> identifiers(String content) {
        Set<String> found = new LinkedHashSet<>();
        Matcher id = IDENTIFIER.matcher(content);
        while (id.find() && found.size() < 8) {
            String token = id.group();
            if (!NOT_IDENTIFIERS.contains(token) && !token.equalsIgnoreCase("e.g") && !token.equalsIgnoreCase("i.e")) {
                found.add(token);
            }
        }
        return new ArrayList<>(found);
    }

    private static List<String> phrases(String content, List<String> phrases) {
        String lower = content.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String phrase : phrases) {
            if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])").matcher(lower).find()) {
                out.add(phrase);
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
