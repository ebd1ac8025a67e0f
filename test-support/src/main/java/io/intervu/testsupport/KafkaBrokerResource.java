package io.intervu.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * Points a Quarkus test at the JVM's one in-process broker ({@link EmbeddedKafkaBroker}). This
 * class may be loaded by a profile's own class loader, so it reaches the broker through the
 * system class loader, which every profile and the session listener share.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    public static String bootstrapServers() {
        Class<?> broker;
        try {
            broker = Class.forName(EmbeddedKafkaBroker.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException notOnTheSystemClassPath) {
            // an unusual runner (or a stale installed test-support jar): a broker per loader, as before
            return EmbeddedKafkaBroker.bootstrapServers();
        }
        try {
            return (String) broker.getMethod("bootstrapServers").invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("could not start the in-process Kafka broker", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("test-support's broker cannot be called", e);
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: several Quarkus test profiles in one module share it.
    }
}
