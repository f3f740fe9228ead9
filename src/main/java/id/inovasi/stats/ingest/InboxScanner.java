package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import id.inovasi.stats.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Finds the input files: every {@code *.csv}, {@code *.xlsx} and {@code *.xls} (any case) in an inbox folder or below, in the
 * byte order of the path relative to the inbox root. A file or link that resolves outside the
 * root is listed as such and must never be read.
 */
@Component
class InboxScanner {

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

    /** One file found in the inbox. */
    record InboxFile(FileKind kind, Path path, String relativePath, boolean outsideInbox) {
    }

    List<InboxFile> scan(Path inbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new InboxMissingException(inbox);
        }
        Path root = inbox.toRealPath();
        List<InboxFile> files = new ArrayList<>();
        for (FileKind kind : FileKind.values()) {
            Path folder = inbox.resolve(kind.folder());
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                log.info("Inbox folder {} does not exist: no {} files this run", folder, kind.folder());
                continue;
            }
            walk(root, inbox, folder, kind, files);
        }
        files.sort(Comparator.comparing(f -> f.relativePath().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
        return files;
    }

    /** Walks one kind's folder; names are relative to the inbox root. Links to folders are not followed. */
    private void walk(Path root, Path inbox, Path folder, FileKind kind, List<InboxFile> files) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            if (!resolvesInside(root, folder)) {
                files.add(new InboxFile(kind, folder, kind.folder(), true));
                return;
            }
            folder = folder.toRealPath();
        }
        Path base = folder;
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = kind.folder() + "/" + base.relativize(file).toString().replace('\\', '/');
                boolean csv = readable(file.getFileName().toString().toLowerCase(Locale.ROOT));
                if (attrs.isSymbolicLink()) {
                    boolean outside = !resolvesInside(root, file);
                    if (outside && (csv || Files.isDirectory(file))) {
                        files.add(new InboxFile(kind, file, relative, true));
                    } else if (!outside && csv && !Files.isDirectory(file)) {
                        files.add(new InboxFile(kind, file, relative, false));   // a broken link or a loop: rejected as unreadable
                    } else if (Files.isDirectory(file)) {
                        log.warn("Not following the link {} to a folder inside the inbox: its files are read where they are", LogText.escape(relative));
                    }
                } else if (attrs.isRegularFile() && csv) {
                    files.add(new InboxFile(kind, file, relative, false));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                log.warn("Cannot look into {} ({}): its files are not read; give the program's user access to it",
                        LogText.escape(kind.folder() + "/" + base.relativize(file)), LogText.escape(String.valueOf(failure.getMessage())));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The files taken: CSV files and workbooks ({@code .xlsx}, {@code .xls}; a macro workbook, {@code .xlsm}, to be refused saying why). */
    private static boolean readable(String lowerCaseName) {
        return lowerCaseName.endsWith(".csv") || Fingerprint.workbookOf(lowerCaseName) != null;
    }

    /**
     * Whether the file resolves inside the inbox. A link that resolves nowhere (a loop, a missing
     * target) counts as inside: reading it fails, and it is rejected as unreadable, saying so.
     */
    private static boolean resolvesInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return true;
        }
    }
}
