package id.inovasi.stats.report;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart renderer: pure code, no Spring, no database. */
class SvgTest {

    @Test
    void numbersReadAsPeopleWriteThem() {
        assertThat(Svg.fmt(43)).isEqualTo("43");
        assertThat(Svg.fmt(-164)).isEqualTo("-164");
        assertThat(Svg.fmt(43.285)).isEqualTo("43.29");
        assertThat(Svg.fmt(48.7)).isEqualTo("48.70");
        assertThat(Svg.fmt(0.125)).isEqualTo("0.13");
        assertThat(Svg.fmt(-0.5)).isEqualTo("-0.50");
        assertThat(Svg.fmt(-0.001)).isEqualTo("0.00");
        assertThat(Svg.fmt(36.575)).isEqualTo("36.58");
        assertThat(Svg.fmt(99.999)).isEqualTo("100.00");
        assertThat(Svg.decimals(12.05, 1)).isEqualTo("12.1");
        assertThat(Svg.decimals(3, 1)).isEqualTo("3.0");
    }

    @Test
    void aLabelIsCutBetweenCharactersNeverInsideAnEmoji() {
        String opd = "Dinas Kesehatan \uD83C\uDFE5 Puskesmas";   // 🏥 is two UTF-16 units
        assertThat(Svg.shorten(opd, 17)).isEqualTo("Dinas Kesehatan …");
        assertThat(Svg.shorten(opd, 18)).isEqualTo("Dinas Kesehatan \uD83C\uDFE5…");
        assertThat(Svg.shorten("Bappeda", 10)).isEqualTo("Bappeda");
        for (int fit = 1; fit < opd.length(); fit++) {
            String cut = Svg.shorten(opd, fit);
            assertThat(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(cut)).as("no half character when cut at %d", fit).isTrue();
        }
        assertThat(Svg.shortenUnits("ab\uD83C\uDFE5", 3)).isEqualTo("ab");
        assertThat(Svg.shortenUnits("ab\uD83C\uDFE5", 4)).isEqualTo("ab\uD83C\uDFE5");
    }

    @Test
    void textIsEscaped() {
        assertThat(Svg.esc("Dinas <A> & \"B\"")).doesNotContain("<A>").contains("&lt;A&gt;").contains("&amp;");
    }

    @Test
    void barsDrawOneRectanglePerValueAndLabelEachCategory() {
        String svg = Svg.bars("Reported and qualified per OPD", List.of("Dinas Kesehatan", "Bappeda"), List.of(
                new Svg.Series("dilaporkan", Svg.GREY, Arrays.asList(10.0, 4.0)),
                new Svg.Series("memenuhi", Svg.GREEN, Arrays.asList(6.0, 0.0))), "jumlah inovasi");
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<title>Reported and qualified per OPD</title>");
        assertThat(svg).contains("Dinas Kesehatan").contains("Bappeda");
        assertThat(Pattern.compile("<rect [^>]*fill=\"" + Svg.GREEN).matcher(svg).results().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aLineChartSkipsMissingYearsWithoutBreakingThePath() {
        String svg = Svg.lines("Rank over the years", List.of("2021", "2022", "2023"), "tahun",
                List.of(new Svg.Series("peringkat", Svg.ORANGE, Arrays.asList(54.0, null, 218.0))), 1, 413, true, "peringkat");
        assertThat(Pattern.compile("<circle ").matcher(svg).results().count()).isEqualTo(2);
        assertThat(svg).contains("<path d=\"M").contains(" L");
    }

    @Test
    void valueLabelsAtOnePositionAreMovedApartAndStayInThePlot() {
        // 43.28 and 44.39 a pixel apart, as the 2023 page had them: at least LABEL_GAP apart afterwards
        List<double[]> spread = Svg.spread(List.of(new double[] {120.0, 0, 43.28}, new double[] {121.0, 1, 44.39}), 40, 240);
        assertThat(spread.get(1)[0] - spread.get(0)[0]).isGreaterThanOrEqualTo(Svg.LABEL_GAP);
        assertThat(spread.get(0)[0]).isEqualTo(120.0);   // the first stays by its point
        // at the bottom of the plot they move up rather than out of it
        List<double[]> low = Svg.spread(List.of(new double[] {239.0, 0, 1}, new double[] {240.0, 1, 2}), 40, 240);
        assertThat(low.get(1)[0]).isLessThanOrEqualTo(240.0);
        assertThat(low.get(1)[0] - low.get(0)[0]).isGreaterThanOrEqualTo(Svg.LABEL_GAP);
    }

    @Test
    void aNegativeBarsValueStaysAboveTheCategoryLabels() {
        String svg = Svg.bars("Own and others' effect on the rank", List.of("sendiri", "daerah lain", "total"),
                List.of(new Svg.Series("perubahan", Svg.RED, Arrays.asList(-100.0, -64.0, -164.0))), "posisi");
        double lowestValue = lowestY(svg, "-164");   // the bar's value (the axis also says -164, higher up)
        double categoryLabels = yOf(svg, "total");
        assertThat(categoryLabels - lowestValue).isGreaterThanOrEqualTo(14);   // a line of 12px text apart
        assertThat(svg).contains(">posisi</text>");   // the axis says what it measures
    }

    @Test
    void aLongCategoryGoesOnTwoLinesBrokenBetweenWords() {
        assertThat(Svg.twoLines("Dinas Kependudukan dan Pencatatan Sipil", 20)).containsExactly("Dinas Kependudukan", "dan Pencatatan Sipil");
        assertThat(Svg.twoLines("Bappeda", 20)).containsExactly("Bappeda");
    }

    private static double lowestY(String svg, String text) {
        return Pattern.compile("<text x=\"[^\"]*\" y=\"([^\"]*)\"[^>]*>" + Pattern.quote(text) + "</text>").matcher(svg).results()
                .mapToDouble(m -> Double.parseDouble(m.group(1))).max().orElseThrow();
    }

    private static double yOf(String svg, String text) {
        java.util.regex.Matcher m = Pattern.compile("<text x=\"[^\"]*\" y=\"([^\"]*)\"[^>]*>" + Pattern.quote(text) + "</text>").matcher(svg);
        assertThat(m.find()).as(text).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
