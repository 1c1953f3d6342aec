package dev.vpcsim.cli.capacity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SvgCompactorTest {

    @Test
    void consecutiveLinesOfOneStyleBecomeOnePath() {
        String svg = "<g>\n"
                + "    <line style=\"stroke:red;\" x1=\"1.0\" x2=\"2.125\" y1=\"5\" y2=\"6.5\"/>\n"
                + "    <line style=\"stroke:red;\" x1=\"2.125\" x2=\"3\" y1=\"6.5\" y2=\"7\"/>\n"
                + "    <line style=\"stroke:red;\" x1=\"9\" x2=\"10\" y1=\"1\" y2=\"1\"/>\n"
                + "    <line style=\"stroke:blue;\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"1\"/>\n"
                + "    <rect/>\n"
                + "    <line style=\"stroke:blue;\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"1\"/>\n"
                + "</g>\n";
        assertEquals("<g>\n"
                + "    <path style=\"stroke:red;\" d=\"M1 5L2.13 6.5L3 7M9 1L10 1\"/>\n"
                + "    <path style=\"stroke:blue;\" d=\"M0 0L1 1\"/>\n"
                + "    <rect/>\n"
                + "    <path style=\"stroke:blue;\" d=\"M0 0L1 1\"/>\n"
                + "</g>\n", SvgCompactor.compact(svg));
    }

    @Test
    void roundsToHundredths() {
        assertEquals("451.26", SvgCompactor.round("451.25625"));
        assertEquals("-1.5", SvgCompactor.round("-1.50"));
        assertEquals("0.05", SvgCompactor.round("0.049"));
        assertEquals("3", SvgCompactor.round("2.999"));
    }
}
