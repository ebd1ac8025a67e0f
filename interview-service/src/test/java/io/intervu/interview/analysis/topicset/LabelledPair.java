package io.intervu.interview.analysis.topicset;

import java.util.List;
import java.util.Set;

/**
 * One job description and resume with the topics a good interviewer would focus on.
 *
 * @param expected       the expected topics in order of emphasis; each entry is a set of
 *                       alternatives (near-synonymous tags such as sql|databases), any of which counts
 * @param mostEmphasised the alternatives for the job's single most emphasised topic
 */
public record LabelledPair(String name, String jobDescription, String resume, List<Set<String>> expected,
                           Set<String> mostEmphasised) {
}
