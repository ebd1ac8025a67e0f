package io.intervu.auth.service;

/** What the client-credentials grant returns: an access token for a service, no refresh token. */
public record ServiceToken(String accessToken, String tokenType, long expiresIn) {
}
