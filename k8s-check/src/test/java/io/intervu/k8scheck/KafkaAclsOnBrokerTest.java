package io.intervu.k8scheck;

import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The KafkaUsers of k8s/platform/kafka-users.yaml on a real KRaft broker with SCRAM-SHA-512 and the simple
 * authorizer (deny unless allowed), as Strimzi sets them up: each service's user can do what its service does
 * (idempotent acks=all writes to its topics, reads in its own group, dead letters) and is refused the rest,
 * above all writing another service's topic, e.g. auth.user-deleted.
 */
class KafkaAclsOnBrokerTest {

    private static KafkaClusterTestKit cluster;
    private static final Map<String, String> passwords = new TreeMap<>();
    private static final Map<String, Set<String>> writes = new TreeMap<>();
    private static final Map<String, Set<String>> reads = new TreeMap<>();
    private static final Map<String, Set<String>> groups = new TreeMap<>();
    private static final Set<String> topics = new TreeSet<>();

    @BeforeAll
    static void brokerWithTheManifestsUsers() throws Exception {
        ManifestRules rules = new ManifestRules(Manifests.load(KubernetesManifestsTest.repoRoot().resolve("k8s")));
        rules.parseAll();
        rules.ofType(KafkaTopic.class).forEach(t -> topics.add(t.getSpec().getTopicName()));
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                // the broker registers with the controller as the PLAIN admin, not as an anonymous peer
                .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .build())
                .setConfigProp("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512")
                .setConfigProp("listener.name.external.scram-sha-512.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                .setConfigProp("allow.everyone.if.no.acl.found", "false")
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = Admin.create(adminProperties())) {
            List<NewTopic> newTopics = topics.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList();
            admin.createTopics(newTopics).all().get();
            List<AclBinding> bindings = new ArrayList<>();
            List<UserScramCredentialUpsertion> credentials = new ArrayList<>();
            for (KafkaUser user : rules.ofType(KafkaUser.class)) {
                String name = user.getMetadata().getName();
                String password = UUID.randomUUID().toString();
                passwords.put(name, password);
                credentials.add(new UserScramCredentialUpsertion(name,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password));
                for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
                    ResourcePattern pattern;
                    if (rule.getResource() instanceof AclRuleTopicResource t) {
                        pattern = new ResourcePattern(ResourceType.TOPIC, t.getName(), PatternType.LITERAL);
                    } else {
                        pattern = new ResourcePattern(ResourceType.GROUP, ((AclRuleGroupResource) rule.getResource()).getName(),
                                PatternType.LITERAL);
                    }
                    for (var op : rule.getOperations()) {
                        // Strimzi's names (Read, Write, Describe) are Kafka's
                        AclOperation operation = AclOperation.fromString(op.toValue());
                        bindings.add(new AclBinding(pattern, new AccessControlEntry("User:" + name, "*", operation,
                                AclPermissionType.ALLOW)));
                        String resource = pattern.name();
                        if (pattern.resourceType() == ResourceType.TOPIC && operation == AclOperation.WRITE) {
                            writes.computeIfAbsent(name, k -> new TreeSet<>()).add(resource);
                        } else if (pattern.resourceType() == ResourceType.TOPIC && operation == AclOperation.READ) {
                            reads.computeIfAbsent(name, k -> new TreeSet<>()).add(resource);
                        } else if (pattern.resourceType() == ResourceType.GROUP && operation == AclOperation.READ) {
                            groups.computeIfAbsent(name, k -> new TreeSet<>()).add(resource);
                        }
                    }
                }
            }
            admin.alterUserScramCredentials(new ArrayList<>(credentials)).all().get();
            admin.createAcls(bindings).all().get();
        }
        assertEquals(Set.of("auth-service", "evaluation-service", "interview-service", "report-service",
                "transcription-service"), passwords.keySet(), "the KafkaUsers of the manifests");
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.close();
    }

    static Properties adminProperties() {
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "PLAIN");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + JaasUtils.KAFKA_PLAIN_ADMIN + "\" password=\"" + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD + "\";");
        return p;
    }

    /** What a service's Deployment gives it: SASL_PLAINTEXT, SCRAM-SHA-512 and the JAAS line of its Secret. */
    static Properties userProperties(String user) {
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + passwords.get(user) + "\";");
        return p;
    }

    /** Sends one record as the services' outbox relays do (acks=all, idempotent); the failure, or null. */
    static Throwable send(String user, String topic) {
        Properties p = userProperties(user);
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("max.block.ms", "10000");
        p.put("delivery.timeout.ms", "10000");
        p.put("request.timeout.ms", "5000");
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "{\"from\":\"" + user + "\"}")).get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }

    /** Reads from the start of {@code topic} in {@code group}; the records' values, or the failure thrown. */
    static List<String> read(String user, String topic, String group) {
        Properties p = userProperties(user);
        p.put("group.id", group);
        p.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) values.add(r.value());
            }
            consumer.commitSync();
            return values;
        }
    }

    @Test
    void eachServiceWritesItsOwnTopicsAndNoOneElses() {
        Map<String, List<String>> refused = new HashMap<>();
        for (String user : passwords.keySet()) {
            for (String topic : topics) {
                Throwable failure = send(user, topic);
                if (writes.getOrDefault(user, Set.of()).contains(topic)) {
                    assertEquals(null, failure, user + " must be able to write " + topic);
                } else {
                    assertInstanceOf(TopicAuthorizationException.class, failure, user + " must not write " + topic);
                    refused.computeIfAbsent(user, k -> new ArrayList<>()).add(topic);
                }
            }
        }
        // finding 5 of issue 16: no service but auth-service can announce a user's deletion
        for (String user : passwords.keySet()) {
            if (!user.equals("auth-service")) {
                assertTrue(refused.get(user).contains("auth.user-deleted"), user + " writes auth.user-deleted");
            }
        }
        System.out.println("k8s-check: broker refused " + refused.values().stream().mapToInt(List::size).sum()
                + " writes outside the ACLs, allowed " + writes.values().stream().mapToInt(Set::size).sum());
    }

    @Test
    void eachServiceReadsWhatItConsumesInItsOwnGroupOnly() {
        String writer = "auth-service";
        assertEquals(null, send(writer, "auth.user-deleted"));
        for (String user : passwords.keySet()) {
            String group = groups.getOrDefault(user, Set.of()).stream().findFirst().orElse(null);
            for (String topic : reads.getOrDefault(user, Set.of())) {
                if (topic.equals("auth.user-deleted")) {
                    assertTrue(read(user, topic, group).stream().anyMatch(v -> v.contains(writer)),
                            user + " reads " + topic + " in group " + group);
                }
            }
            // another service's group is not its own: a consumer there would take that service's messages
            if (group != null) {
                String other = groups.entrySet().stream().filter(e -> !e.getKey().equals(user))
                        .flatMap(e -> e.getValue().stream()).findFirst().orElseThrow();
                String topic = reads.get(user).iterator().next();
                RuntimeException e = assertThrows(RuntimeException.class, () -> read(user, topic, other));
                assertInstanceOf(GroupAuthorizationException.class, e, user + " joins group " + other);
            }
            // a topic it does not consume (auth-service consumes nothing)
            String notRead = topics.stream().filter(t -> !reads.getOrDefault(user, Set.of()).contains(t)).findFirst().orElseThrow();
            RuntimeException e = assertThrows(RuntimeException.class, () -> read(user, notRead, group == null ? user : group));
            if (!(e instanceof TopicAuthorizationException) && !(e instanceof GroupAuthorizationException)) {
                fail(user + " reading " + notRead + ": " + e);
            }
        }
    }
}
