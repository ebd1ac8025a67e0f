package io.intervu.interview.repository;

import io.intervu.interview.Interview;
import io.intervu.interview.InterviewStatus;
import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.RequestRefusedException.Reason;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InterviewRepository implements PanacheRepositoryBase<Interview, UUID> {

    /** The caller's interview; someone else's is indistinguishable from a missing one (404). */
    public Interview owned(UUID id, String userId) {
        Interview interview = findById(id);
        if (interview == null || !interview.userId.equals(userId)) {
            throw notFound();
        }
        return interview;
    }

    /** Like {@link #owned} but row-locked for a state transition, so concurrent requests serialise. */
    public Interview ownedForUpdate(UUID id, String userId) {
        Interview interview = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (interview == null || !interview.userId.equals(userId)) {
            throw notFound();
        }
        return interview;
    }

    /** What a poll for the next message or the event stream needs, read without loading or locking the whole row. */
    public LoopPosition position(UUID id, String userId) {
        LoopPosition position = find("id", id).project(LoopPosition.class).firstResult();
        if (position == null || !position.userId().equals(userId)) {
            throw notFound();
        }
        return position;
    }

    public Interview lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Interview> history(String userId) {
        return list("userId", Sort.descending("createdAt"), userId);
    }

    public Interview byStartKey(String userId, String key) {
        return find("userId = ?1 and startKey = ?2", userId, key).firstResult();
    }

    /** When the user's newest interviews (at most {@code limit}) created after {@code since} were created, newest first. */
    public List<OffsetDateTime> startedSince(String userId, OffsetDateTime since, int limit) {
        return getEntityManager().createQuery("select i.createdAt from Interview i where i.userId = :user and i.createdAt > :since"
                        + " order by i.createdAt desc", OffsetDateTime.class)
                .setParameter("user", userId).setParameter("since", since).setMaxResults(limit).getResultList();
    }

    /** When the user's answers still waiting to be processed (one per interview at most) were accepted after {@code since}. */
    public List<OffsetDateTime> pendingSince(String userId, OffsetDateTime since) {
        return getEntityManager().createQuery("select i.pendingSince from Interview i where i.userId = :user and i.pendingSince > :since",
                        OffsetDateTime.class)
                .setParameter("user", userId).setParameter("since", since).getResultList();
    }

    public List<UUID> stale(InterviewStatus status, OffsetDateTime before) {
        return find("status = ?1 and updatedAt < ?2", status, before).project(IdOnly.class).list()
                .stream().map(IdOnly::id).toList();
    }

    public List<UUID> inactive(OffsetDateTime before) {
        return find("status in ?1 and lastActivityAt < ?2", InterviewStatus.ANSWERABLE, before).project(IdOnly.class).list()
                .stream().map(IdOnly::id).toList();
    }

    public record IdOnly(UUID id) {
    }

    public record LoopPosition(UUID id, String userId, InterviewStatus status, UUID currentTurnId, String failureReason,
                               String reportId, Double overallScore) {
    }

    public static RequestRefusedException notFound() {
        return new RequestRefusedException(Reason.NOT_FOUND, "interview-not-found", "Interview not found", "There is no such interview.");
    }
}
