package id.inovasi.stats.method;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Indeks Inovasi Daerah method as configuration ({@code inovasi.method}, shipped in
 * {@code iid-method.yml}): {@code defaults} and per-year overrides. A year takes the defaults,
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

    /** The method in force for a year, checked complete. */
    public YearMethod forYear(int year) {
        YearMethod method = defaults;
        for (Map.Entry<Integer, YearMethod> entry : new TreeMap<>(years).headMap(year, true).entrySet()) {
            method = method.overriddenBy(entry.getValue());
        }
        return method.validated(year);
    }

    /**
     * @param version    the configuration version; verdicts record it with a digest of the figures
     * @param source     where the figures come from (regulation, letter, or third-party material)
     * @param spdMaximum the highest SPD (regional capacity) score
     * @param evidence   the evidence standard's parameters
     * @param weights    the weight (bobot) of each of the 20 indicators, by slug
     * @param index      the regional index estimate's figures
     * @param predicates thresholds of the predikat
     * @param levels     what each level (0-3) of an indicator means, for the OPD template; not a
     *                   figure of the method (verdicts do not depend on it)
     */
    public record YearMethod(String version, String source, BigDecimal spdMaximum, Evidence evidence,
                             Map<String, Integer> weights, Index index, Predicates predicates, Levels levels) {

        YearMethod overriddenBy(YearMethod o) {
            Map<String, Integer> mergedWeights = new LinkedHashMap<>(weights == null ? Map.of() : weights);
            if (o.weights != null) {
                mergedWeights.putAll(o.weights);
            }
            return new YearMethod(
                    o.version != null ? o.version : version,
                    o.source != null ? o.source : source,
                    o.spdMaximum != null ? o.spdMaximum : spdMaximum,
                    evidence == null ? o.evidence : evidence.overriddenBy(o.evidence),
                    mergedWeights,
                    index == null ? o.index : index.overriddenBy(o.index),
                    predicates == null ? o.predicates : predicates.overriddenBy(o.predicates),
                    levels == null ? o.levels : levels.overriddenBy(o.levels));
        }

        YearMethod validated(int year) {
            String prefix = "inovasi.method (year " + year + "): ";
            if (version == null || source == null) {
                throw new IllegalStateException(prefix + "every year needs a version and a source");
            }
            if (spdMaximum == null || predicates == null || predicates.incomplete()) {
                throw new IllegalStateException(prefix + "spd-maximum and every predicate threshold must be set");
            }
            if (evidence == null || evidence.incomplete()) {
                throw new IllegalStateException(prefix + "every evidence setting must be set");
            }
            if (levels == null || levels.general() == null || levels.general().size() != 4) {
                throw new IllegalStateException(prefix + "levels.general must say what each level 0 to 3 means");
            }
            if (index == null || index.incomplete()) {
                throw new IllegalStateException(prefix + "every index setting must be set");
            }
            for (Indicator indicator : Indicator.values()) {
                if (weights == null || weights.get(indicator.slug()) == null) {
                    throw new IllegalStateException(prefix + "weights." + indicator.slug() + " is missing");
                }
            }
            return this;
        }

        public int weight(Indicator indicator) {
            return weights.get(indicator.slug());
        }

        /** What verdicts record: the version and a digest of every figure, so an edit without a new version still shows. */
        public String recordedVersion() {
            String figures = String.join("|", spdMaximum.toPlainString(), evidence.toString(), new TreeMap<>(weights).toString(),
                    index.toString(), predicates.toString());
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(figures.getBytes(StandardCharsets.UTF_8));
                return version + "#" + HexFormat.of().formatHex(digest, 0, 4);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The evidence standard (memenuhi data dukung), element by element.
     *
     * @param problemMinWords      {@code problem}: words in problem_statement at least
     * @param documentationMinRefs {@code documented}: references in documentation at least
     * @param policyInstruments    {@code policy}: words naming a decision instrument (case-sensitive, whole words)
     * @param policyNeedsNumber    {@code policy}: policy_ref must also hold a digit
     * @param asnMin               {@code asn}: asn_implementers at least
     * @param eligibleStages       {@code stage}: the stages that count
     * @param recencyYears         {@code recent}: applied_date from 1 January of year minus this to 31 December of year
     */
    public record Evidence(Integer problemMinWords, Integer documentationMinRefs, List<String> policyInstruments,
                           Boolean policyNeedsNumber, Integer asnMin, List<String> eligibleStages, Integer recencyYears) {

        Evidence overriddenBy(Evidence o) {
            if (o == null) {
                return this;
            }
            return new Evidence(
                    o.problemMinWords != null ? o.problemMinWords : problemMinWords,
                    o.documentationMinRefs != null ? o.documentationMinRefs : documentationMinRefs,
                    o.policyInstruments != null ? o.policyInstruments : policyInstruments,
                    o.policyNeedsNumber != null ? o.policyNeedsNumber : policyNeedsNumber,
                    o.asnMin != null ? o.asnMin : asnMin,
                    o.eligibleStages != null ? o.eligibleStages : eligibleStages,
                    o.recencyYears != null ? o.recencyYears : recencyYears);
        }

        boolean incomplete() {
            return problemMinWords == null || documentationMinRefs == null || policyInstruments == null || policyNeedsNumber == null
                    || asnMin == null || eligibleStages == null || recencyYears == null;
        }
    }

    /**
     * The regional index estimate: index = (SPD + SID) / totalMaximum × 100, with
     * SID = Σ maturity of the qualifying submitted / max(divisorFloor, n) + min(q, countScoreCap) × countScoreFactor.
     */
    public record Index(BigDecimal totalMaximum, Integer divisorFloor, BigDecimal countScoreFactor, Integer countScoreCap) {

        Index overriddenBy(Index o) {
            if (o == null) {
                return this;
            }
            return new Index(
                    o.totalMaximum != null ? o.totalMaximum : totalMaximum,
                    o.divisorFloor != null ? o.divisorFloor : divisorFloor,
                    o.countScoreFactor != null ? o.countScoreFactor : countScoreFactor,
                    o.countScoreCap != null ? o.countScoreCap : countScoreCap);
        }

        boolean incomplete() {
            return totalMaximum == null || divisorFloor == null || countScoreFactor == null || countScoreCap == null;
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

    /**
     * What the levels of the 20 indicators mean, as the OPD template explains them.
     *
     * @param general     the meaning of level 0, 1, 2 and 3, whatever the indicator
     * @param perIndicator where the year's guidance describes an indicator's levels: its slug to the
     *                    meaning of level 1, 2 and 3
     */
    public record Levels(java.util.List<String> general, Map<String, java.util.List<String>> perIndicator) {

        public Levels {
            perIndicator = perIndicator == null ? Map.of() : Map.copyOf(perIndicator);
        }

        Levels overriddenBy(Levels o) {
            if (o == null) {
                return this;
            }
            Map<String, java.util.List<String>> merged = new LinkedHashMap<>(perIndicator);
            merged.putAll(o.perIndicator);
            return new Levels(o.general != null ? o.general : general, merged);
        }

        /** The meaning of level 1, 2 and 3 of one indicator, where the configuration gives it. */
        public java.util.Optional<java.util.List<String>> of(Indicator indicator) {
            return java.util.Optional.ofNullable(perIndicator.get(indicator.slug()));
        }
    }
}
