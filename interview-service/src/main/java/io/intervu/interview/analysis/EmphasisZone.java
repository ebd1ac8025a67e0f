package io.intervu.interview.analysis;

/**
 * Where a job description says something, and how much a mention there weighs: the title and the
 * role summary say what the job is about, duties and requirements what it needs, nice-to-have and
 * bonus lines what would merely help; the company blurb and the benefits say nothing about the job.
 */
public enum EmphasisZone {
    TITLE(10),
    SUMMARY(6),
    DUTIES(4),
    REQUIREMENTS(4),
    /** Under a heading we do not recognise: most often a list of duties or skills, so close to them. */
    OTHER(3),
    NICE_TO_HAVE(1),
    COMPANY(1),
    OFFER(0);

    private final int weight;

    EmphasisZone(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
