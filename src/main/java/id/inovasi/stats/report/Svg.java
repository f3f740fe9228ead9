package id.inovasi.stats.report;

import java.util.List;

/**
 * Small inline SVG charts drawn from the summary tables' numbers, nothing added: a line chart,
 * vertical bars (grouped or signed) and horizontal bars. Plain SVG text, no script, prints as is.
 */
final class Svg {

    static final String BLUE = "#1f5f99";
    static final String ORANGE = "#d9822b";
    static final String GREEN = "#2e7d4f";
    static final String RED = "#b23b3b";
    static final String GREY = "#8a8a8a";

    private Svg() {
    }

    /** One series of a line or bar chart. */
    record Series(String name, String color, List<Double> values) {
    }

    /** Width of every chart's drawing; the page scales it to its own width (and to A4 when printed). */
    static final int WIDTH = 900;
    /** The least vertical distance between two value labels at one x position. */
    static final int LABEL_GAP = 15;

    /**
     * A line chart over labelled x positions ({@code xLabel} says what they are, {@code yLabel}
     * what is measured); {@code inverted} puts the smallest value at the top (ranks). Where
     * several series meet at one x position their value labels are moved apart, never on top of
     * each other.
     */
    static String lines(String title, List<String> xLabels, String xLabel, List<Series> series, double min, double max, boolean inverted,
                        String yLabel) {
        int w = WIDTH;
        int h = 300;
        int left = 72;
        int right = 90;
        int top = 44;
        int bottom = 56;
        StringBuilder svg = open(title, w, h);
        double span = max - min == 0 ? 1 : max - min;
        int plotW = w - left - right;
        int plotH = h - top - bottom;
        for (int t = 0; t <= 4; t++) {
            double value = min + span * t / 4;
            double y = inverted ? top + plotH * t / 4.0 : top + plotH - plotH * t / 4.0;
            svg.append(line(left, y, w - right, y, "#e3e3e3"));
            svg.append(text(left - 8, y + 4, fmt(value), "end", 13, "#555"));
        }
        svg.append(text(18, top + plotH / 2.0, yLabel, "middle", 13, "#555", "rotate(-90 18 " + (top + plotH / 2) + ")"));
        int n = xLabels.size();
        for (int i = 0; i < n; i++) {
            svg.append(text(xOf(i, n, left, plotW), h - bottom + 20, xLabels.get(i), "middle", 13, "#333"));
        }
        svg.append(text(left + plotW / 2.0, h - 10, xLabel, "middle", 13, "#555"));
        List<List<double[]>> labelsAt = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            labelsAt.add(new java.util.ArrayList<>());
        }
        int legend = 0;
        for (int si = 0; si < series.size(); si++) {
            Series s = series.get(si);
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < s.values().size() && i < n; i++) {
                Double v = s.values().get(i);
                if (v == null) {
                    continue;
                }
                double x = xOf(i, n, left, plotW);
                double ratio = (v - min) / span;
                double y = inverted ? top + plotH * ratio : top + plotH - plotH * ratio;
                path.append(path.isEmpty() ? "M" : " L").append(fmt2(x)).append(' ').append(fmt2(y));
                svg.append("<circle cx=\"").append(fmt2(x)).append("\" cy=\"").append(fmt2(y)).append("\" r=\"4\" fill=\"").append(s.color()).append("\"/>");
                labelsAt.get(i).add(new double[] {y, si, v});
            }
            if (!path.isEmpty()) {
                svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(s.color()).append("\" stroke-width=\"2.5\"/>");
            }
            svg.append("<rect x=\"").append(left + legend).append("\" y=\"12\" width=\"12\" height=\"12\" fill=\"").append(s.color()).append("\"/>");
            svg.append(text(left + legend + 16, 23, s.name(), "start", 13, "#333"));
            legend += 30 + s.name().length() * 8;
        }
        for (int i = 0; i < n; i++) {
            double x = xOf(i, n, left, plotW);
            for (double[] label : spread(labelsAt.get(i), top, top + plotH)) {
                svg.append(haloText(x + 9, label[0] + 4, fmt(label[2]), series.get((int) label[1]).color()));
            }
        }
        return close(svg);
    }

    private static double xOf(int i, int n, int left, int plotW) {
        return n == 1 ? left + plotW / 2.0 : left + plotW * i / (double) (n - 1);
    }

    /**
     * Value labels of one x position ({@code y}, series, value), moved apart so that no two are
     * closer than {@link #LABEL_GAP}, and kept within the plot: the label of each point stays as
     * near to it as the others allow.
     */
    static List<double[]> spread(List<double[]> labels, double top, double bottom) {
        List<double[]> sorted = new java.util.ArrayList<>();
        for (double[] label : labels) {
            sorted.add(label.clone());
        }
        sorted.sort(java.util.Comparator.comparingDouble(l -> l[0]));
        for (int k = 1; k < sorted.size(); k++) {
            sorted.get(k)[0] = Math.max(sorted.get(k)[0], sorted.get(k - 1)[0] + LABEL_GAP);
        }
        double overflow = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)[0] - bottom;
        if (overflow > 0) {
            for (double[] label : sorted) {
                label[0] -= overflow;
            }
        }
        for (int k = 0; k < sorted.size(); k++) {
            double floor = top + LABEL_GAP * k;
            if (sorted.get(k)[0] < floor) {
                sorted.get(k)[0] = floor;
            }
        }
        return sorted;
    }

    /**
     * A label cut to {@code fit} characters with an ellipsis, never inside a character made of
     * two UTF-16 units (an emoji in an OPD's name stays whole or goes whole).
     */
    static String shorten(String label, int fit) {
        if (label.codePointCount(0, label.length()) <= fit) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, Math.max(0, fit - 1))) + "…";
    }

    /** The first {@code units} UTF-16 units of a text, one fewer where that would split a surrogate pair. */
    static String shortenUnits(String text, int units) {
        int end = Math.min(units, text.length());
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? text.substring(0, end - 1) : text.substring(0, end);
    }

    /** One bar with its value above it (below it when negative) and a tooltip. */
    private static void bar(StringBuilder svg, double x, double barW, double zero, double barH, double v, Series series, String category) {
        double y = v >= 0 ? zero - barH : zero;
        svg.append("<rect x=\"").append(fmt2(x)).append("\" y=\"").append(fmt2(y)).append("\" width=\"")
                .append(fmt2(barW - 2)).append("\" height=\"").append(fmt2(Math.max(barH, 0.5))).append("\" fill=\"")
                .append(series.color()).append("\"><title>").append(esc(category + ", " + series.name() + ": " + fmt(v)))
                .append("</title></rect>");
        svg.append(text(x + barW / 2 - 1, v >= 0 ? y - 5 : y + barH + 14, fmt(v), "middle", 12, "#333"));
    }

    /**
     * Vertical bars per category, one bar per series, {@code yLabel} saying what they count; values
     * may be negative (a zero axis is drawn). The bars keep clear of a band above and below for
     * their value labels, so a value never sits on a category's label; a long category label goes
     * on two lines.
     */
    static String bars(String title, List<String> categories, List<Series> series, String yLabel) {
        int w = Math.max(WIDTH, 90 + categories.size() * Math.max(110, series.size() * 34 + 24));
        int h = 330;
        int left = 72;
        int top = 44;
        int bottom = 64;
        int labelBand = 20;
        StringBuilder svg = open(title, w, h);
        double max = 0;
        double min = 0;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
            }
        }
        double span = max - min == 0 ? 1 : max - min;
        int plotTop = top + labelBand;
        int plotH = h - bottom - labelBand - plotTop;
        double zero = plotTop + plotH * (max / span);
        svg.append(line(left, zero, w - 10, zero, "#777"));
        svg.append(text(left - 8, plotTop + 4, fmt(max), "end", 13, "#555"));
        if (min < 0) {
            svg.append(text(left - 8, plotTop + plotH + 4, fmt(min), "end", 13, "#555"));
        }
        svg.append(text(18, plotTop + plotH / 2.0, yLabel, "middle", 13, "#555", "rotate(-90 18 " + (plotTop + plotH / 2) + ")"));
        double groupW = (w - left - 10) / (double) Math.max(1, categories.size());
        double barW = Math.min(34, (groupW - 14) / series.size());
        int fit = Math.max(4, (int) (groupW / 7.5));
        for (int c = 0; c < categories.size(); c++) {
            double gx = left + groupW * c + (groupW - barW * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                Double v = series.get(s).values().get(c);
                if (v == null) {
                    continue;
                }
                bar(svg, gx + barW * s, barW, zero, plotH * Math.abs(v) / span, v, series.get(s), categories.get(c));
            }
            double cx = left + groupW * c + groupW / 2;
            List<String> lines = twoLines(categories.get(c), fit);
            for (int l = 0; l < lines.size(); l++) {
                svg.append(text(cx, h - bottom + 18 + 15 * l, lines.get(l), "middle", 12, "#333"));
            }
        }
        int legend = 0;
        for (Series s : series) {
            svg.append("<rect x=\"").append(left + legend).append("\" y=\"12\" width=\"12\" height=\"12\" fill=\"").append(s.color()).append("\"/>");
            svg.append(text(left + legend + 16, 23, s.name(), "start", 13, "#333"));
            legend += 30 + s.name().length() * 8;
        }
        return close(svg);
    }

    /** A label on at most two lines of {@code fit} characters, broken between words, the rest cut with an ellipsis. */
    static List<String> twoLines(String label, int fit) {
        if (label.codePointCount(0, label.length()) <= fit) {
            return List.of(label);
        }
        int cut = label.lastIndexOf(' ', label.offsetByCodePoints(0, Math.min(fit, label.codePointCount(0, label.length()))));
        if (cut <= 0) {
            return List.of(shorten(label, fit));
        }
        return List.of(label.substring(0, cut), shorten(label.substring(cut + 1), fit));
    }

    /** Horizontal bars, one per label, largest first as given; {@code xLabel} says what their length counts. */
    static String horizontalBars(String title, List<String> labels, List<Double> values, String color, String xLabel) {
        int rowH = 30;
        int w = WIDTH;
        int left = 300;
        int h = 50 + rowH * Math.max(1, labels.size());
        StringBuilder svg = open(title, w, h);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (int i = 0; i < labels.size(); i++) {
            double y = 14 + rowH * i;
            double barW = (w - left - 70) * values.get(i) / (max == 0 ? 1 : max);
            svg.append(text(left - 10, y + 16, shorten(labels.get(i), 38), "end", 13, "#333"));
            svg.append("<rect x=\"").append(left).append("\" y=\"").append(fmt2(y)).append("\" width=\"").append(fmt2(Math.max(barW, 0.5)))
                    .append("\" height=\"20\" fill=\"").append(color).append("\"/>");
            svg.append(text(left + barW + 8, y + 16, fmt(values.get(i)), "start", 13, "#333"));
        }
        if (labels.isEmpty()) {
            svg.append(text(w / 2.0, 30, "tidak ada yang kurang (nothing missing)", "middle", 13, "#333"));
        }
        svg.append(text(left + (w - left - 70) / 2.0, h - 10, xLabel, "middle", 13, "#555"));
        return close(svg);
    }

    private static StringBuilder open(String title, int w, int h) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\"><title>").append(esc(title)).append("</title>");
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String color) {
        return "<line x1=\"" + fmt2(x1) + "\" y1=\"" + fmt2(y1) + "\" x2=\"" + fmt2(x2) + "\" y2=\"" + fmt2(y2) + "\" stroke=\"" + color + "\"/>";
    }

    /** A value label with a white outline, readable where it crosses a line. */
    private static String haloText(double x, double y, String text, String color) {
        return "<text x=\"" + fmt2(x) + "\" y=\"" + fmt2(y) + "\" text-anchor=\"start\" font-size=\"13\" fill=\"" + color
                + "\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">" + esc(text) + "</text>";
    }

    private static String text(double x, double y, String text, String anchor, int size, String color) {
        return text(x, y, text, anchor, size, color, null);
    }

    private static String text(double x, double y, String text, String anchor, int size, String color, String transform) {
        return "<text x=\"" + fmt2(x) + "\" y=\"" + fmt2(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\" fill=\"" + color + "\""
                + (transform == null ? "" : " transform=\"" + transform + "\"") + ">" + esc(text) + "</text>";
    }

    /** A whole number as it is, else two decimals, rounded half up as the number reads (43.285 shows 43.29). */
    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : decimals(v, 2);
    }

    /** A coordinate: one decimal. */
    private static String fmt2(double v) {
        return decimals(v, 1);
    }

    /**
     * Fixed decimals by integer arithmetic: a page has thousands of numbers, and both
     * String.format and BigDecimal made the JIT compiler's work on the chart methods balloon
     * (hundreds of MB of compiler memory, measured). Half up as the number reads: the tiny
     * relative nudge makes 43.285 (binary 43.28499999...) show 43.29.
     */
    static String decimals(double v, int places) {
        long scale = places == 1 ? 10 : places == 2 ? 100 : (long) Math.pow(10, places);
        double scaled = Math.abs(v) * scale;
        long units = (long) Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled));
        StringBuilder text = new StringBuilder(24);
        if (v < 0 && units > 0) {
            text.append('-');
        }
        text.append(units / scale).append('.');
        String fraction = Long.toString(units % scale);
        for (int pad = places - fraction.length(); pad > 0; pad--) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
