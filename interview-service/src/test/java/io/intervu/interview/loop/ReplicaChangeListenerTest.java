package io.intervu.interview.loop;

import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.PostgresTestDatabase;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replicas share interview changes through PostgreSQL LISTEN/NOTIFY, so waiting clients anywhere wake at the commit. */
@QuarkusTest
class ReplicaChangeListenerTest {

    @Inject
    InterviewChangeSignals signals;

    @Inject
    ReplicaChangeListener listener;

    @BeforeEach
    void listening() {
        PeerStubs.resetToDefaults();
        await().atMost(Duration.ofSeconds(10)).until(listener::listening);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(), PostgresTestDatabase.ROLE, PostgresTestDatabase.PASSWORD);
    }

    private static void announce(String payload) throws SQLException {
        try (Connection c = database(); PreparedStatement st = c.prepareStatement("select pg_notify(?, ?)")) {
            st.setString(1, ReplicaChangeListener.CHANNEL);
            st.setString(2, payload);
            st.execute();
        }
    }

    @Test
    void anotherReplicasCommitWakesTheClientsWaitingHere() throws Exception {
        UUID interviewId = UUID.randomUUID();
        CompletableFuture<Void> waiting = signals.nextChange(interviewId);

        announce(UUID.randomUUID() + ":" + interviewId);

        waiting.get(5, TimeUnit.SECONDS);
        assertThat(listener.recheckInterval(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void ownAnnouncementsAndMalformedOnesWakeNobody() throws Exception {
        UUID interviewId = UUID.randomUUID();
        CompletableFuture<Void> waiting = signals.nextChange(interviewId);

        announce(ReplicaChangeListener.payload(interviewId)); // this process signalled its own commit already
        announce("no-separator");
        announce(UUID.randomUUID() + ":not-an-id");
        UUID other = UUID.randomUUID();
        CompletableFuture<Void> marker = signals.nextChange(other);
        announce(UUID.randomUUID() + ":" + other); // delivered after the three above, on the same connection

        marker.get(5, TimeUnit.SECONDS);
        assertThat(waiting).isNotDone();
    }

    @Test
    void aCommittedChangeIsAnnouncedToTheOtherReplicas() throws Exception {
        try (Connection c = database()) {
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN " + ReplicaChangeListener.CHANNEL);
            }
            InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
            String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3"));

            List<String> heard = new ArrayList<>();
            Instant end = Instant.now().plusSeconds(10);
            PGConnection postgres = c.unwrap(PGConnection.class);
            while (heard.stream().noneMatch(p -> p.endsWith(":" + id)) && Instant.now().isBefore(end)) {
                PGNotification[] received = postgres.getNotifications(500);
                if (received != null) {
                    for (PGNotification n : received) {
                        heard.add(n.getParameter());
                    }
                }
            }
            assertThat(heard).contains(ReplicaChangeListener.payload(UUID.fromString(id)));
        }
    }
}
