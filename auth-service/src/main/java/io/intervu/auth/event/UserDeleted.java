package io.intervu.auth.event;

/** Data of auth.user-deleted (schema: schemas/auth.user-deleted.json). */
public record UserDeleted(String userId, String deletedAt) {
}
