package id.inovasi.stats.ingest;

/** Who holds an innovation key of a region and year: the OPD and the file that reported it. */
record KeyOwner(String opdCode, long fileId, String path) {
}
