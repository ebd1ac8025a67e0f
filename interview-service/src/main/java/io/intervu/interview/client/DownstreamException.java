package io.intervu.interview.client;

/** A downstream call failed; {@code rejected} means the peer refused the input (4xx), so retrying is pointless. */
public class DownstreamException extends RuntimeException {

    private final boolean rejected;
    private final int status;

    public DownstreamException(String message, boolean rejected, int status, Throwable cause) {
        super(message, cause);
        this.rejected = rejected;
        this.status = status;
    }

    public boolean rejected() {
        return rejected;
    }

    public int status() {
        return status;
    }
}
