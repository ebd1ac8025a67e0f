package io.intervu.interview.intake;

import io.intervu.interview.Interview;
import io.intervu.interview.support.Fixtures;
import io.intervu.interview.support.InterviewApi;
import io.intervu.testsupport.TestJwt;
import io.intervu.testsupport.TestPdfs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * PDFs made to hurt the service, written with PDFBox in the test and uploaded through the API: each
 * is refused with a 4xx problem (or read within bounds), nothing is stored for a refusal, and the
 * service goes on answering.
 */
@QuarkusTest
class HostilePdfTest {

    /** The default parse time limit (RESUME_PARSE_TIME_LIMIT). */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private final String userId = UUID.randomUUID().toString();
    private final InterviewApi api = new InterviewApi(TestJwt.user(userId));

    private Response upload(byte[] pdf) {
        return InterviewApi.start(api.request(), pdf, "jd_backend_java.txt", Map.of("questionCount", "3"));
    }

    private long rows() {
        return QuarkusTransaction.requiringNew().call(() -> Interview.count("userId", userId));
    }

    /**
     * The review's case: a 900-byte PDF whose page is 400,000,000 points wide. The old gutter search
     * sized an int[] by the page width (1.6 GB): in this 1 GB test JVM the request failed with an
     * OutOfMemoryError (500), in production the JVM exits.
     */
    @Test
    void aPageWiderThanPdfAllowsIsRefusedAndTheServiceStillAnswers() {
        byte[] pdf = TestPdfs.widePage(400_000_000f, 300);
        assertThat(pdf.length).isLessThan(1024);
        upload(pdf).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/resume-page-too-large"))
                .body("detail", containsString("14,400 points"));
        assertThat(rows()).isZero();

        upload(Fixtures.bytes("resume_backend_java.pdf")).then().statusCode(202);
        assertThat(rows()).isOne();
    }

    @Test
    void tenThousandTinyTextObjectsAreAnsweredWithinTheTimeLimitAndNeverWith5xx() {
        long start = System.nanoTime();
        Response response = upload(TestPdfs.tinyTextObjects(10_000));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(TIME_LIMIT.plusSeconds(2));
        assertThat(response.statusCode()).isBetween(200, 499);
        if (response.statusCode() >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(rows()).isZero();
        } else {
            assertThat(rows()).isOne();
        }
    }

    @Test
    void aFiftyPagePdfIsAcceptedWithOnlyTheFirstTenPagesRead() {
        upload(TestPdfs.pages(50)).then().statusCode(202);
        String resumeText = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>find("userId", userId).firstResult().resumeText);
        assertThat(resumeText).contains("PAGE-1-MARKER", "PAGE-10-MARKER").doesNotContain("PAGE-11-MARKER", "PAGE-50-MARKER");
    }

    /** 130 KB of upload that PDFBox would unpack, in heap, into 64 MB of page content. */
    @Test
    void aStreamUnpackingFarBeyondAResumeIsRefused() {
        upload(TestPdfs.compressedSpaces(64)).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/resume-too-complex"));
        assertThat(rows()).isZero();
    }
}
