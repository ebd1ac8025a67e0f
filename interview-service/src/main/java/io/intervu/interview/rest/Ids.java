package io.intervu.interview.rest;

import io.intervu.interview.repository.InterviewRepository;

import java.util.UUID;

/** Path ids: a malformed one names no interview of the caller, so it is a 404 like any other. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InterviewRepository.notFound();
        }
    }
}
