package io.intervu.k8scheck;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker on small inline manifests: a good one passes, each kind of breakage is reported. */
class ManifestRulesTest {

    static final String PROPERTIES = """
            quarkus.datasource.username=${DB_USERNAME:intervu}
            quarkus.datasource.password=${DB_PASSWORD:change-me}
            quarkus.datasource.jdbc.url=${DB_URL:jdbc:postgresql://127.0.0.1:5432/intervu}
            kafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}
            mp.messaging.incoming.deleted.topic=auth.user-deleted
            mp.messaging.incoming.deleted.group.id=demo-service
            mp.messaging.incoming.deleted.dead-letter-queue.topic=auth.user-deleted.dlq
            demo.retention=${DEMO_RETENTION:7d}
            demo.token=${DEMO_TOKEN}
            %dev.demo.only=${DEV_ONLY_VAR}
            """;

    static final String CONFIG = """
            apiVersion: v1
            kind: ConfigMap
            metadata: { name: demo-config }
            data:
              DB_URL: jdbc:postgresql://db:5432/intervu
              KAFKA_BOOTSTRAP_SERVERS: kafka:9092
            """;

    static final String SECRETS = """
            apiVersion: v1
            kind: Secret
            metadata: { name: demo-token }
            stringData: { token: x }
            ---
            apiVersion: v1
            kind: Secret
            metadata: { name: intervu-db-demo }
            type: kubernetes.io/basic-auth
            stringData: { username: intervu_demo, password: x }
            """;

    static final String DATABASE = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: { name: db }
            spec:
              instances: 1
              managed:
                roles:
                  - { name: intervu_demo, login: true, superuser: false, passwordSecret: { name: intervu-db-demo } }
            """;

    static final String KAFKA = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: Kafka
            metadata: { name: k }
            spec:
              kafka:
                listeners:
                  - { name: plain, port: 9092, type: internal, tls: false, authentication: { type: scram-sha-512 } }
                authorization: { type: simple }
            ---
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata: { name: auth-user-deleted, labels: { strimzi.io/cluster: k } }
            spec: { topicName: auth.user-deleted, partitions: 3, replicas: 3 }
            ---
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata: { name: auth-user-deleted-dlq, labels: { strimzi.io/cluster: k } }
            spec: { topicName: auth.user-deleted.dlq, partitions: 3, replicas: 3 }
            ---
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaUser
            metadata: { name: demo-service, labels: { strimzi.io/cluster: k } }
            spec:
              authentication: { type: scram-sha-512 }
              authorization:
                type: simple
                acls:
                  - { resource: { type: topic, name: auth.user-deleted, patternType: literal }, operations: [Read, Describe] }
                  - { resource: { type: topic, name: auth.user-deleted.dlq, patternType: literal }, operations: [Write, Describe] }
                  - { resource: { type: group, name: demo-service, patternType: literal }, operations: [Read] }
            """;

    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: demo-service }
            spec:
              selector: { matchLabels: { app: demo } }
              template:
                metadata: { labels: { app: demo } }
                spec:
                  securityContext: { runAsNonRoot: true }
                  containers:
                    - name: demo
                      image: demo:1
                      envFrom: [{ configMapRef: { name: demo-config } }]
                      env:
                        - { name: DB_USERNAME, valueFrom: { secretKeyRef: { name: intervu-db-demo, key: username } } }
                        - { name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: intervu-db-demo, key: password } } }
                        - { name: DEMO_TOKEN, valueFrom: { secretKeyRef: { name: demo-token, key: token } } }
                        - { name: KAFKA_SECURITY_PROTOCOL, value: SASL_PLAINTEXT }
                        - { name: KAFKA_SASL_MECHANISM, value: SCRAM-SHA-512 }
                        - { name: KAFKA_SASL_JAAS_CONFIG, valueFrom: { secretKeyRef: { name: demo-service, key: sasl.jaas.config } } }
                      resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 256Mi } }
                      readinessProbe: { httpGet: { path: /q/health/ready, port: 8080 } }
                      livenessProbe: { httpGet: { path: /q/health/live, port: 8080 } }
                      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true }
            """;

    static List<String> check(String deployment) {
        return check(deployment, KAFKA);
    }

    static List<String> check(String deployment, String kafka) {
        List<Manifests.Document> docs = new java.util.ArrayList<>();
        for (String[] file : new String[][] {{"config.yaml", CONFIG}, {"secrets.yaml", SECRETS}, {"db.yaml", DATABASE},
                {"kafka.yaml", kafka}, {"deployment.yaml", deployment}}) {
            docs.addAll(Manifests.parse(file[0], file[1]));
        }
        return new ManifestRules(docs).checkAll(Map.of("demo-service", PROPERTIES)).violations();
    }

    static void assertReported(List<String> violations, String fragment) {
        assertTrue(violations.stream().anyMatch(v -> v.contains(fragment)),
                "expected a violation containing '" + fragment + "', got " + violations);
    }

    @Test
    void aCompleteManifestPasses() {
        assertEquals(List.of(), check(DEPLOYMENT));
    }

    @Test
    void anUnknownFieldFails() {
        List<String> v = check(DEPLOYMENT.replace("image: demo:1", "image: demo:1\n          imagePullPolicyy: Always"));
        assertReported(v, "imagePullPolicyy");
    }

    @Test
    void anUnknownFieldInAStrimziResourceFails() {
        List<String> v = check(DEPLOYMENT, KAFKA.replace("authorization: { type: simple }", "authorisation: { type: simple }"));
        assertReported(v, "authorisation");
    }

    @Test
    void aNumberWhereTheApiWantsAStringFails() {
        List<String> v = check(DEPLOYMENT.replace("value: SASL_PLAINTEXT }", "value: SASL_PLAINTEXT }\n            - { name: PORT, value: 8080 }"));
        assertReported(v, "deployment.yaml#0");
    }

    @Test
    void anUnknownKindFails() {
        List<String> v = check(DEPLOYMENT + "---\napiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\n");
        assertReported(v, "no model for example.com/v1#Widget");
    }

    @Test
    void aMissingProbeFails() {
        List<String> v = check(DEPLOYMENT.replace("          readinessProbe: { httpGet: { path: /q/health/ready, port: 8080 } }\n", ""));
        assertReported(v, "container demo: no readinessProbe");
        v = check(DEPLOYMENT.replace("          livenessProbe: { httpGet: { path: /q/health/live, port: 8080 } }\n", ""));
        assertReported(v, "container demo: no livenessProbe");
    }

    @Test
    void missingLimitsOrASofterSecurityContextFail() {
        assertReported(check(DEPLOYMENT.replace(", limits: { memory: 256Mi }", "")), "no resource limits");
        assertReported(check(DEPLOYMENT.replace("securityContext: { runAsNonRoot: true }", "securityContext: {}")),
                "runAsNonRoot is not true");
        assertReported(check(DEPLOYMENT.replace("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false")),
                "readOnlyRootFilesystem is not true");
        assertReported(check(DEPLOYMENT.replace("allowPrivilegeEscalation: false, ", "")),
                "allowPrivilegeEscalation is not false");
    }

    @Test
    void aRequiredVariableNotProvidedFails() {
        List<String> v = check(DEPLOYMENT.replace(
                "            - { name: DEMO_TOKEN, valueFrom: { secretKeyRef: { name: demo-token, key: token } } }\n", ""));
        assertReported(v, "DEMO_TOKEN is read by demo-service");
        assertReported(check(DEPLOYMENT.replace("envFrom: [{ configMapRef: { name: demo-config } }]", "envFrom: []")),
                "DB_URL is read by demo-service");
    }

    @Test
    void requiredVariablesAreThoseWithoutADefaultOrWithALocalOne() {
        assertEquals(Set.of("DB_PASSWORD", "DB_URL", "KAFKA_BOOTSTRAP_SERVERS", "DEMO_TOKEN"),
                ManifestRules.requiredVariables(PROPERTIES));
    }

    @Test
    void aSecretKeyTheTemplateDoesNotDefineFails() {
        assertReported(check(DEPLOYMENT.replace("key: token", "key: tokn")), "Secret demo-token has no key tokn");
        assertReported(check(DEPLOYMENT.replace("name: demo-token", "name: demo-tokens")), "Secret demo-tokens is declared nowhere");
        // the KafkaUser's generated Secret has password and sasl.jaas.config only
        assertReported(check(DEPLOYMENT.replace("key: sasl.jaas.config", "key: jaas")), "Secret demo-service has no key jaas");
    }

    @Test
    void sharedOrSuperuserDatabaseCredentialsFail() {
        assertReported(check(DEPLOYMENT.replace("name: intervu-db-demo, key: password", "name: demo-token, key: token")),
                "DB_USERNAME and DB_PASSWORD must come from one Secret");
        List<Manifests.Document> docs = new java.util.ArrayList<>(Manifests.parse("s.yaml", SECRETS));
        docs.addAll(Manifests.parse("db.yaml", DATABASE.replace("superuser: false", "superuser: true")));
        ManifestRules rules = new ManifestRules(docs);
        rules.parseAll();
        rules.collectSecretsAndConfigMaps();
        rules.checkDatabaseRoles();
        assertReported(rules.violations(), "database role intervu_demo: superuser is true");
    }

    @Test
    void kafkaWithoutAuthOrWithLooseAclsFails() {
        assertReported(check(DEPLOYMENT, KAFKA.replace(", authentication: { type: scram-sha-512 }", "")),
                "listener plain: no authentication");
        assertReported(check(DEPLOYMENT, KAFKA.replace("operations: [Read, Describe]", "operations: [Describe]")),
                "consumes auth.user-deleted but has no READ");
        assertReported(check(DEPLOYMENT, KAFKA.replace("{ type: group, name: demo-service, patternType: literal }, operations: [Read]",
                "{ type: group, name: demo-service, patternType: literal }, operations: [Read, Delete]")), "group demo-service allows");
        assertReported(check(DEPLOYMENT, KAFKA.replace("operations: [Read, Describe]", "operations: [Read, Describe, Write]")
                + """
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: { name: other-service, labels: { strimzi.io/cluster: k } }
                spec:
                  authentication: { type: scram-sha-512 }
                  authorization:
                    type: simple
                    acls:
                      - { resource: { type: topic, name: auth.user-deleted, patternType: literal }, operations: [Write, Describe] }
                """), "topic auth.user-deleted has more than one producer");
        assertReported(check(DEPLOYMENT, KAFKA.replace("auth.user-deleted.dlq, patternType: literal }, operations: [Write, Describe] }",
                        "auth.user-deleted.dlq, patternType: literal }, operations: [Write, Describe] }\n"
                        + "      - { resource: { type: topic, name: auth.user-deleted, patternType: literal }, operations: [Write] }")),
                "may write [auth.user-deleted] but its service produces []");
        assertReported(check(DEPLOYMENT.replace("value: SASL_PLAINTEXT", "value: PLAINTEXT")),
                "KAFKA_SECURITY_PROTOCOL must be SASL_PLAINTEXT or SASL_SSL");
    }
}
