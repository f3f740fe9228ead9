package id.inovasi.stats.ingest;

/** One region's year: the prefix of the innovation key, and the unit a national or capacity row replaces. */
record RegionYear(int year, String regionCode) {
}
