package io.intervu.e2e;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mail reader decodes each part by its own transfer encoding (runs without the stack). */
class MimeTextTest {

    private static final String TOKEN = "a1NBwOAeRDipmE0QsVODr8s5Dwe0EP8ILX5aU2ve_R4"; // "=a1" looks like a QP escape

    @Test
    void aSevenBitBodyIsLeftAsItIsEvenWhereItLooksLikeQuotedPrintable() {
        String mail = "Subject: Confirm\r\nContent-Type: multipart/alternative; boundary=\"=--b_1\"\r\n\r\n"
                + "--=--b_1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
                + "http://localhost:8080/confirm-email?token=" + TOKEN + "\r\n"
                + "--=--b_1\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "<a href=3D\"http://localhost:8080/confirm-email?token=3D" + TOKEN.substring(0, 20) + "=\r\n"
                + TOKEN.substring(20) + "\">Confirm</a>\r\n"
                + "--=--b_1--\r\n";
        List<String> bodies = MimeText.bodies(mail);
        assertEquals(2, bodies.size());
        assertTrue(bodies.get(0).contains("token=" + TOKEN), bodies.get(0));
        assertTrue(bodies.get(1).contains("href=\"http://localhost:8080/confirm-email?token=" + TOKEN + "\""), bodies.get(1));
    }

    @Test
    void aSinglePartBase64BodyIsDecoded() {
        String text = "open http://localhost:8080/confirm-email?token=" + TOKEN;
        String mail = "Subject: Confirm\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes()) + "\n";
        assertEquals(List.of(text), MimeText.bodies(mail));
    }
}
