package io.intervu.interview.rest;

/** JSON body of a typed answer. */
public record TextAnswer(String text, String turnId) {
}
