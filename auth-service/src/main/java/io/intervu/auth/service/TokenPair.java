package io.intervu.auth.service;

/** What a login or a refresh returns to the client. */
public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {
}
