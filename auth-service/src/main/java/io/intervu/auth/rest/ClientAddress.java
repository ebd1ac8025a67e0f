package io.intervu.auth.rest;

import io.vertx.core.http.HttpServerRequest;

/**
 * The caller's address for per-IP throttling: the remote address as Quarkus resolved it. Quarkus
 * replaces the socket address with the X-Forwarded-For one only when the connection comes from one
 * of {@code quarkus.http.proxy.trusted-proxies} ({@code TRUSTED_PROXIES}, the gateway); the header
 * itself is never read here.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        String host = request.remoteAddress().hostAddress();
        return host == null ? "unknown" : host;
    }
}
