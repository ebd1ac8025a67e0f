package io.intervu.interview.loop;

import io.intervu.interview.Interview;

/** The interviewer's fixed lines: greeting, transitions and closing. */
final class InterviewerLines {

    private InterviewerLines() {
    }

    static String greeting(Interview interview) {
        String name = interview.candidateName == null || interview.candidateName.isBlank() ? "" : " " + interview.candidateName;
        String at = interview.company == null ? "" : " at " + interview.company;
        return "Hi" + name + ", I'm " + interview.interviewerName + ". Thanks for joining this practice interview for the "
                + interview.role + " role" + at + ". We'll go through " + interview.questionCount
                + " questions, and I may ask a follow-up or two along the way. Take your time with each answer. Are you ready to begin?";
    }

    static String question(int ordinal, int total, String text) {
        String lead = ordinal == 1 ? "Great, let's start. " : ordinal == total ? "Last question. " : "";
        return lead + text;
    }

    static String closing(Interview interview) {
        return "That's all my questions. Thank you for your time" + (interview.candidateName == null ? "" : ", " + interview.candidateName)
                + ". Your answers are being evaluated now; your report will be ready shortly.";
    }
}
