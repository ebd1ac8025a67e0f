package io.intervu.interview.avatar;

import io.intervu.interview.loop.InterviewerSpoke;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends each interviewer message to a NeuroSync-compatible text receiver (one TCP connection per
 * message, UTF-8 text, then close), after the message is committed and on another thread.
 * A missing or slow avatar never delays or fails a turn: errors are logged and dropped.
 */
@ApplicationScoped
public class AvatarSender {

    private static final Logger LOG = Logger.getLogger(AvatarSender.class);

    private final AvatarConfig config;
    private final ManagedExecutor executor;

    public AvatarSender(AvatarConfig config, ManagedExecutor executor) {
        this.config = config;
        this.executor = executor;
    }

    void onSpoke(@Observes(during = TransactionPhase.AFTER_SUCCESS) InterviewerSpoke spoke) {
        if (!config.enabled()) {
            return;
        }
        try {
            executor.runAsync(() -> send(spoke.text()));
        } catch (RuntimeException e) {
            LOG.debugf("avatar hand-off skipped: %s", e.getMessage());
        }
    }

    void send(String text) {
        int timeout = (int) config.timeout().toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(config.host(), config.port()), timeout);
            socket.setSoTimeout(timeout);
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (Exception e) {
            LOG.warnf("avatar at %s:%d unreachable: %s", config.host(), config.port(), e.getMessage());
        }
    }
}
