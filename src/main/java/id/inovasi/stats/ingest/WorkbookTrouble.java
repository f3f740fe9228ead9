package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Why a workbook could not be opened, as the reason its record gives: a password ({@code encrypted}),
 * contents that expand beyond POI's safe limits, a zip bomb ({@code too_large}), or a file that is
 * no workbook at all ({@code not_text}: neither text nor a workbook).
 */
final class WorkbookTrouble {

    private WorkbookTrouble() {
    }

    static FileOutcome of(FreshFile file, Exception failure) {
        String name = file.fingerprint().workbook();
        if (failure instanceof EncryptedDocumentException || encrypted(file)) {
            return FileOutcome.rejected("encrypted", "the workbook is protected by a password, so it cannot be read; save it again"
                    + " without the password (File > Info > Protect Workbook) and send it again", null, List.of());
        }
        String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (why.toLowerCase(java.util.Locale.ROOT).contains("zip bomb") || why.contains("exceed") && why.contains("max")) {
            return FileOutcome.rejected("too_large", "the workbook expands beyond the safe limits of its reader (" + firstLine(why)
                    + "); a real workbook this large should be split, or sent as CSV", null, List.of());
        }
        return FileOutcome.rejected("not_text", "the file is named ." + name + " but is not a workbook that can be read (" + firstLine(why)
                + "); open it in the spreadsheet and save it again as ." + name + " or CSV", null, List.of());
    }

    /** An encrypted .xlsx is an OLE2 container holding an EncryptionInfo entry, not a zip. */
    private static boolean encrypted(FreshFile file) {
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file.file().path()))) {
            if (FileMagic.valueOf(in) != FileMagic.OLE2) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (POIFSFileSystem ole = new POIFSFileSystem(file.file().path().toFile(), true)) {
            return ole.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
