package io.intervu.interview.analysis;

import java.util.List;
import java.util.Map;

/** What the intake learned from the resume and the job description. */
public record Analysis(
        String role,
        String roleProfile,
        String seniority,
        String company,
        String candidateName,
        List<String> focusTopics,
        Map<String, Integer> jobEmphasis,
        Map<String, Integer> resumeEvidence,
        List<String> candidateSkills,
        List<String> requirements,
        List<Project> projects,
        Integer candidateYears,
        String source) {

    /** A named piece of the candidate's work that a deep-dive question can be grounded in. */
    public record Project(String name, String description, String section) {
    }

    public Analysis withFocusTopics(List<String> topics) {
        return new Analysis(role, roleProfile, seniority, company, candidateName, List.copyOf(topics), jobEmphasis, resumeEvidence,
                candidateSkills, requirements, projects, candidateYears, source);
    }

    public Analysis withSource(String newSource) {
        return new Analysis(role, roleProfile, seniority, company, candidateName, focusTopics, jobEmphasis, resumeEvidence,
                candidateSkills, requirements, projects, candidateYears, newSource);
    }
}
