package io.intervu.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * The one in-process KRaft broker of a test JVM. Always used through the system class loader
 * (see {@link KafkaBrokerResource}): each Quarkus test profile runs in a class loader of its
 * own, so a static field there would start a broker per profile, none of them ever closed, and
 * the broker would outlive the loader it was started from.
 */
public final class EmbeddedKafkaBroker {

    private static KafkaClusterTestKit cluster;

    private EmbeddedKafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            keepJvmAliveOnBrokerFailure();
            // Kafka loads plugins through the context class loader, and the broker's threads
            // inherit it: both must be this class's loader, not the calling profile's.
            Thread thread = Thread.currentThread();
            ClassLoader callerLoader = thread.getContextClassLoader();
            thread.setContextClassLoader(EmbeddedKafkaBroker.class.getClassLoader());
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        // Replication factors are 1: there is one broker, and consumers never
                        // get their offsets topic otherwise.
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "4")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
            } catch (Exception e) {
                throw new IllegalStateException("could not start the in-process Kafka broker", e);
            } finally {
                thread.setContextClassLoader(callerLoader);
            }
        }
        return cluster.bootstrapServers();
    }

    /** Closes the broker; called by {@link BrokerShutdownListener} when the test session ends. */
    static synchronized void shutdown() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                System.err.println("[test-support] closing the in-process Kafka broker failed: " + e);
            }
            cluster = null;
        }
    }

    /**
     * A broker that loses its log directory (say, to Kafka's own temp-directory shutdown hook)
     * halts the JVM with status 1, and surefire then fails a build whose tests all passed. In
     * tests a broker failure shows as failing tests instead, so it is reported, not obeyed.
     */
    private static void keepJvmAliveOnBrokerFailure() {
        Exit.setHaltProcedure((status, message) -> System.err.println(
                "[test-support] the in-process Kafka broker asked to halt the JVM (status " + status + "): " + message));
        Exit.setExitProcedure((status, message) -> System.err.println(
                "[test-support] the in-process Kafka broker asked to exit the JVM (status " + status + "): " + message));
    }
}
