package io.intervu.interview.avatar;

import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Interviewer messages reach the avatar; without a listener the interview goes on regardless. */
@QuarkusTest
@TestProfile(AvatarProfile.class)
class AvatarSenderTest {

    @Test
    void messagesAreSentAndAnAbsentAvatarBreaksNothing() throws Exception {
        PeerStubs.resetToDefaults();
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        List<String> received = new CopyOnWriteArrayList<>();
        String id;
        try (ServerSocket server = new ServerSocket(AvatarProfile.PORT)) {
            Thread reader = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        received.add(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            reader.start();
            id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3"));
            await().until(() -> received.stream().anyMatch(t -> t.startsWith("Hi") && t.contains("ready to begin")));
        }
        // listener gone: the next turn still works
        String greeting = api.next(id).getString("turnId");
        api.answerText(id, greeting, "Yes, ready.").then().statusCode(202);
        assertThat(api.next(id).getString("kind")).isEqualTo("question");
    }
}
