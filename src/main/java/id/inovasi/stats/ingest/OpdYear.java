package id.inovasi.stats.ingest;

/** One OPD's year of reports: what a reports file replaces (its full report for that OPD and year). */
record OpdYear(int year, String regionCode, String opdCode) {

    RegionYear regionYear() {
        return new RegionYear(year, regionCode);
    }
}
