package id.inovasi.stats.report;

import java.nio.file.Files;
import java.nio.file.Path;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page per OPD expected or reporting, under a safe file name, holding that OPD alone; an OPD the
 * year no longer has loses its page.
 */
@PipelineTest
class OpdPagesTest extends PipelineTestSupport {

    @Autowired
    InovasiProperties settings;

    @Test
    void everyExpectedOrReportingOpdHasItsPageAndNoOther() throws Exception {
        write("opd/roster.csv", "region_code,opd_code,opd_name\n35.20,1.02,Dinas Kesehatan\n35.20,9.99,Dinas Sunyi\n");
        write("reports/2023.csv", Reports.header() + Reports.innovation("K-1")
                + Reports.innovation("K-2", "opd_code=../1 a", "opd_name=Kantor Aneh"));
        run();
        Path opd = settings.output().resolve("2023/35.20/opd");
        assertThat(opd.resolve("1.02.html")).exists();
        assertThat(opd.resolve("9.99.html")).exists();
        // a code that would leave the folder or hold a space gets a safe name
        assertThat(OpdPages.fileName("../1 a")).isEqualTo("~2e./1~20a.html".replace("/", "~2f"));
        assertThat(opd.resolve(OpdPages.fileName("../1 a"))).exists();
        assertThat(Files.readString(settings.output().resolve("2023/35.20/report.html")))
                .contains("href=\"opd/" + OpdPages.fileName("../1 a") + "\"");
        // each page is its OPD's alone, one whole document (the pages of a year are written one after another)
        String quiet = Files.readString(opd.resolve("9.99.html"));
        assertThat(quiet).contains("Dinas Sunyi").doesNotContain("Kantor Aneh").doesNotContain("K-1").endsWith("</html>\n");
        assertThat(quiet.split("<!DOCTYPE html>", -1)).hasSize(2);
        assertThat(Files.readString(opd.resolve("1.02.html"))).contains("K-1").doesNotContain("Kantor Aneh").doesNotContain("K-2");

        // the roster drops Dinas Sunyi: its page goes
        write("opd/roster.csv", "region_code,opd_code,opd_name\n35.20,1.02,Dinas Kesehatan\n");
        run();
        assertThat(opd.resolve("9.99.html")).doesNotExist();
        assertThat(opd.resolve("1.02.html")).exists();
    }
}
