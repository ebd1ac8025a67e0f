package io.intervu.auth.rest;

import io.vertx.core.http.HttpServerRequest;

/**
 * The caller's address for per-IP throttling. Behind the gateway, enable
 * quarkus.http.proxy.proxy-address-forwarding (and trusted-proxies) so Quarkus replaces the
 * remote address with the forwarded one; the raw header is never trusted here.
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
