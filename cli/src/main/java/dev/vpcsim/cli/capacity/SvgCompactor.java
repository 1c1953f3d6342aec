package dev.vpcsim.cli.capacity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shrinks the SVG that XChart writes: it draws every segment of a series as its own {@code <line>} element
 * with a full style attribute (about 200 bytes a segment). Runs of consecutive {@code <line>} elements with the
 * same style become one {@code <path>} ("M x y L x y ..."), coordinates rounded to 2 decimals (1/100 px).
 * A pure text transformation: the same input gives the same output.
 */
final class SvgCompactor {
    private static final Pattern LINE = Pattern.compile(
            "[ \\t]*<line style=\"([^\"]*)\" x1=\"([^\"]*)\" x2=\"([^\"]*)\" y1=\"([^\"]*)\" y2=\"([^\"]*)\"/>\\r?\\n?");

    private SvgCompactor() {
    }

    static String compact(String svg) {
        Matcher m = LINE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() / 4);
        int copied = 0;
        String style = null;
        String lastX = null;
        String lastY = null;
        StringBuilder d = new StringBuilder();
        while (m.find()) {
            boolean adjacent = m.start() == copied;
            if (style != null && (!adjacent || !style.equals(m.group(1)))) {
                flush(out, style, d);
                style = null;
            }
            if (!adjacent) {
                out.append(svg, copied, m.start());
            }
            String x1 = round(m.group(2));
            String y1 = round(m.group(4));
            String x2 = round(m.group(3));
            String y2 = round(m.group(5));
            if (style == null) {
                style = m.group(1);
                d.setLength(0);
                d.append('M').append(x1).append(' ').append(y1);
            } else if (!x1.equals(lastX) || !y1.equals(lastY)) {
                d.append('M').append(x1).append(' ').append(y1);
            }
            d.append('L').append(x2).append(' ').append(y2);
            lastX = x2;
            lastY = y2;
            copied = m.end();
        }
        if (style != null) {
            flush(out, style, d);
        }
        out.append(svg, copied, svg.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, String style, StringBuilder d) {
        out.append("    <path style=\"").append(style).append("\" d=\"").append(d).append("\"/>\n");
    }

    /** A coordinate to at most 2 decimals, without trailing zeros. */
    static String round(String number) {
        double v = Double.parseDouble(number);
        long hundredths = Math.round(v * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        String sign = hundredths < 0 ? "-" : "";
        long abs = Math.abs(hundredths);
        String frac = String.format(java.util.Locale.ROOT, "%02d", abs % 100);
        if (frac.endsWith("0")) {
            frac = frac.substring(0, 1);
        }
        return sign + abs / 100 + "." + frac;
    }
}
