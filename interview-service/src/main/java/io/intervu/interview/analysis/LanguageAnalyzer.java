package io.intervu.interview.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Stanford CoreNLP with tokenize, ssplit, pos and lemma. Only the English POS tagger model is
 * shipped (unpacked from the models jar at build time); the pipeline is built once, lazily.
 */
@ApplicationScoped
public class LanguageAnalyzer {

    public static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    /** One token: the word as written, its lower-cased lemma and its Penn Treebank tag. */
    public record Token(String word, String lemma, String pos, int sentence) {
        public boolean isProperNoun() {
            return pos.startsWith("NNP");
        }

        public boolean isNoun() {
            return pos.startsWith("NN");
        }
    }

    private volatile StanfordCoreNLP pipeline;

    public List<Token> tokens(String text) {
        Annotation document = new Annotation(text);
        StanfordCoreNLP nlp = pipeline();
        // the shared tagger is not documented as thread-safe; annotation is quick, so serialise it
        synchronized (nlp) {
            nlp.annotate(document);
        }
        List<Token> tokens = new ArrayList<>();
        int sentenceIndex = 0;
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                String lemma = label.lemma() == null ? label.word() : label.lemma();
                tokens.add(new Token(label.word(), lemma.toLowerCase(Locale.ROOT), label.tag(), sentenceIndex));
            }
            sentenceIndex++;
        }
        return tokens;
    }

    /** Lemmas joined by single spaces with a space at both ends, for phrase matching. */
    public String lemmaText(String text) {
        StringBuilder sb = new StringBuilder(" ");
        for (Token token : tokens(text)) {
            sb.append(token.lemma()).append(' ');
        }
        return sb.toString();
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
                    props.setProperty("pos.model", POS_MODEL);
                    props.setProperty("tokenize.options", "untokenizable=noneDelete,ptb3Escaping=false");
                    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
                    pipeline = new StanfordCoreNLP(props);
                }
                p = pipeline;
            }
        }
        return p;
    }
}
