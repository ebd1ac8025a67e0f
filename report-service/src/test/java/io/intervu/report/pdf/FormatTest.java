package io.intervu.report.pdf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {

    @Test
    void ratiosReadAsPercentagesAndCountsWithoutAUnit() {
        assertEquals("1.2 %", Format.withUnit(0.0123, "ratio"));
        assertEquals("0–4 %", Format.range(0.0, 0.04, "ratio"));
        assertEquals("3", Format.withUnit(3.0, "count"));
        assertEquals("0–2", Format.range(0.0, 2.0, "count"));
    }

    @Test
    void otherUnitsFollowTheNumber() {
        assertEquals("157.6 wpm", Format.withUnit(157.6, "wpm"));
        assertEquals("130–175 wpm", Format.range(130.0, 175.0, "wpm"));
        assertEquals("up to 3 s", Format.range(null, 3.0, "s"));
        assertEquals("from 30 s", Format.range(30.0, null, "s"));
        assertEquals("–", Format.range(null, null, "s"));
        assertEquals("–", Format.withUnit(null, "ratio"));
        assertEquals("0.4 s", Format.withUnit(0.4, "s"));
        assertEquals("0.125 s", Format.withUnit(0.125, "s"));
    }
}
