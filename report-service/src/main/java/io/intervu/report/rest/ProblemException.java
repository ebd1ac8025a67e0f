package io.intervu.report.rest;

/**
 * Thrown by rest/ itself for a request it refuses before any service sees it; the service layer throws
 * {@link io.intervu.report.RequestRefusedException} instead, which knows nothing of HTTP.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.problem = Problem.of(status, slug, title, detail);
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
