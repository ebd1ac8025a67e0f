package io.intervu.auth.rest;

/** The one body of every 202 that must not reveal whether an address has an account. */
public record Accepted(String status, String message) {

    static Accepted of(String message) {
        return new Accepted("accepted", message);
    }
}
