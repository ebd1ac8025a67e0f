package io.intervu.interview.repository;

import io.intervu.interview.PreparedQuestion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PreparedQuestionRepository implements PanacheRepositoryBase<PreparedQuestion, UUID> {

    public List<PreparedQuestion> ofInterview(UUID interviewId) {
        return list("interviewId", Sort.ascending("ordinal"), interviewId);
    }

    public PreparedQuestion byOrdinal(UUID interviewId, int ordinal) {
        return find("interviewId = ?1 and ordinal = ?2", interviewId, ordinal).firstResult();
    }
}
