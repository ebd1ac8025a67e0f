package io.intervu.interview.client;

/** The peer answered 4xx: our input is the problem, so neither retry nor circuit breaker should count it. */
public class DownstreamRejectedException extends DownstreamException {

    public DownstreamRejectedException(String message, int status, Throwable cause) {
        super(message, true, status, cause);
    }
}
