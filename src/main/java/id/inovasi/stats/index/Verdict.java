package id.inovasi.stats.index;

/**
 * One reported innovation of a region as the estimate reads it from its evidence verdict: whether
 * it meets the standard, how many elements it fails, and its maturity score.
 */
record Verdict(String innovationId, boolean qualified, int failedElements, int maturity) {
}
