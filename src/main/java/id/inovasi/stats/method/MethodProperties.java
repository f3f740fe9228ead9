package id.inovasi.stats.method;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Indeks Inovasi Daerah method as configuration ({@code inovasi.method}, shipped in
 * {@code iid-method.yml}): a {@code default} and per-year overrides. A year takes the default,
 * overridden field by field by the latest configured year at or before it (so the 2025 entry
 * also governs 2026 until a 2026 entry is added). No figure of the method lives in code.
 */
@ConfigurationProperties("inovasi.method")
public record MethodProperties(YearMethod defaults, Map<Integer, YearMethod> years) {

    public MethodProperties {
        if (defaults == null) {
            throw new IllegalArgumentException("inovasi.method.defaults is missing: the method configuration (iid-method.yml) was not loaded");
        }
        years = years == null ? Map.of() : Map.copyOf(years);
    }

    /** The method in force for a year. */
    public YearMethod forYear(int year) {
        Map.Entry<Integer, YearMethod> override = new TreeMap<>(years).floorEntry(year);
        YearMethod method = override == null ? defaults : defaults.overriddenBy(override.getValue());
        return method.validated(year);
    }

    /**
     * @param version    the configuration version recorded with every verdict it decides
     * @param source     where the figures come from (regulation, letter, or third-party material)
     * @param spdMaximum the highest SPD (regional capacity) score
     * @param predicates thresholds of the predikat
     */
    public record YearMethod(String version, String source, BigDecimal spdMaximum, Predicates predicates) {

        YearMethod overriddenBy(YearMethod o) {
            return new YearMethod(
                    o.version != null ? o.version : version,
                    o.source != null ? o.source : source,
                    o.spdMaximum != null ? o.spdMaximum : spdMaximum,
                    predicates == null ? o.predicates : predicates.overriddenBy(o.predicates));
        }

        YearMethod validated(int year) {
            String prefix = "inovasi.method (year " + year + "): ";
            if (version == null || source == null) {
                throw new IllegalStateException(prefix + "every year needs a version and a source");
            }
            if (spdMaximum == null || predicates == null || predicates.incomplete()) {
                throw new IllegalStateException(prefix + "spd-maximum and every predicate threshold must be set");
            }
            return this;
        }
    }

    /**
     * Predikat thresholds, applied to the score rounded half up to 2 decimals.
     *
     * @param sangatInovatifAbove a score above this is {@code sangat_inovatif}
     * @param inovatifFrom        from this (inclusive) it is {@code inovatif}
     * @param kurangInovatifFrom  from this (inclusive) it is {@code kurang_inovatif}; below, {@code tidak_dapat_dinilai}
     */
    public record Predicates(BigDecimal sangatInovatifAbove, BigDecimal inovatifFrom, BigDecimal kurangInovatifFrom) {

        Predicates overriddenBy(Predicates o) {
            if (o == null) {
                return this;
            }
            return new Predicates(
                    o.sangatInovatifAbove != null ? o.sangatInovatifAbove : sangatInovatifAbove,
                    o.inovatifFrom != null ? o.inovatifFrom : inovatifFrom,
                    o.kurangInovatifFrom != null ? o.kurangInovatifFrom : kurangInovatifFrom);
        }

        boolean incomplete() {
            return sangatInovatifAbove == null || inovatifFrom == null || kurangInovatifFrom == null;
        }
    }
}
