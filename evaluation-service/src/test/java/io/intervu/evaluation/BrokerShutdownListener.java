package io.intervu.evaluation;

import io.intervu.testsupport.KafkaBrokerResource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.lang.reflect.Method;

/**
 * Stops the shared in-process broker when the test session ends, before the JVM exits. Left to
 * the JVM's shutdown hooks, Kafka's own temp-directory hook can delete the log directories while
 * the broker is still closing; the broker then treats its log dirs as failed and halts the JVM
 * with status 1, and surefire fails a build whose tests all passed. test-support keeps its
 * shutdown private, hence the reflection (test code only).
 */
public class BrokerShutdownListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            Method shutdown = KafkaBrokerResource.class.getDeclaredMethod("shutdown");
            shutdown.setAccessible(true);
            shutdown.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // nothing started or already closed: the JVM is going away anyway
        }
    }
}
