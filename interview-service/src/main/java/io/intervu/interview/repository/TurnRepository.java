package io.intervu.interview.repository;

import io.intervu.interview.Turn;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TurnRepository implements PanacheRepositoryBase<Turn, UUID> {

    public List<Turn> ofInterview(UUID interviewId) {
        return list("interviewId", Sort.ascending("seq"), interviewId);
    }

    public Turn byAnswerKey(UUID interviewId, String key) {
        return find("interviewId = ?1 and answerKey = ?2", interviewId, key).firstResult();
    }

    public List<Turn> ofQuestion(UUID interviewId, UUID questionId) {
        return list("interviewId = ?1 and questionId = ?2", Sort.ascending("seq"), interviewId, questionId);
    }
}
