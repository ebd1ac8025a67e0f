package io.intervu.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the JVM's in-process broker when the test session ends, before the JVM exits. Left to
 * the JVM's shutdown hooks, Kafka's own temp-directory hook can delete the log directories while
 * the broker is still closing; the broker then treats them as failed and halts the JVM with
 * status 1, and surefire fails a build whose tests all passed. Registered for every module that
 * uses test-support through META-INF/services.
 */
public class BrokerShutdownListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        EmbeddedKafkaBroker.shutdown();
    }
}
