package io.intervu.interview.repository;

import io.intervu.interview.Turn;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
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

    /** When the user's newest recorded answers (at most {@code limit}, over all their interviews) after {@code since} were recorded. */
    public List<OffsetDateTime> answeredSince(String userId, OffsetDateTime since, int limit) {
        return getEntityManager().createQuery("select t.answeredAt from Turn t, Interview i where i.id = t.interviewId"
                        + " and i.userId = :user and t.answeredAt > :since order by t.answeredAt desc", OffsetDateTime.class)
                .setParameter("user", userId).setParameter("since", since).setMaxResults(limit).getResultList();
    }

    public List<Turn> ofQuestion(UUID interviewId, UUID questionId) {
        return list("interviewId = ?1 and questionId = ?2", Sort.ascending("seq"), interviewId, questionId);
    }
}
