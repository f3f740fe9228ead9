package id.inovasi.stats.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import id.inovasi.stats.operations.ExitCodes;
import id.inovasi.stats.support.ChildProcess;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** jobs/template as the program runs it: a child process, no database anywhere (an unreachable URL is never touched). */
class TemplateCommandTest {

    @TempDir
    Path work;

    @Test
    void itWritesTheYearsTemplateWithoutADatabaseAndNamesTheFolderSettingWhenItCannot() throws Exception {
        Map<String, String> environment = Map.of("INOVASI_TEMPLATE_FOLDER", work.resolve("templates").toString(),
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/none");
        ChildProcess.Result written = ChildProcess.run(work.resolve("template.log"), environment, "template", "2024");
        assertThat(written.exitCode()).as(written.output()).isEqualTo(ExitCodes.OK);
        Path file = work.resolve("templates/laporan-inovasi-2024.xlsx");
        assertThat(written.output()).contains("Template laporan inovasi 2024").contains(file.toString());
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo(OpdTemplate.REPORT_SHEET);
            assertThat(workbook.getSheet(OpdTemplate.STANDARD_SHEET).getRow(0).getCell(0).getStringCellValue()).contains("2024");
        }

        Files.writeString(work.resolve("occupied"), "a file where the folder should be");
        ChildProcess.Result refused = ChildProcess.run(work.resolve("refused.log"),
                Map.of("INOVASI_TEMPLATE_FOLDER", work.resolve("occupied").toString()), "template", "2024");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.output()).contains("inovasi.template.folder").doesNotContain("\tat ");

        ChildProcess.Result badYear = ChildProcess.run(work.resolve("year.log"), Map.of(), "template", "1999");
        assertThat(badYear.exitCode()).isEqualTo(ExitCodes.BAD_INVOCATION);
    }
}
