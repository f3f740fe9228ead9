package id.inovasi.stats.docs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user has only this repository: every link of the README and docs/ resolves to a file in it,
 * and nothing refers to a path outside it. Pure file checks: no Spring, no database.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyRelativeLinkResolvesToAFileOfTheRepository() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("#") || target.startsWith("mailto:")) {
                    continue;
                }
                Path resolved = page.toAbsolutePath().getParent().resolve(target.replaceFirst("#.*$", "")).normalize().toAbsolutePath();
                if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                    broken.add(root.relativize(page.toAbsolutePath()) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links that do not resolve inside the repository").isEmpty();
    }

    @Test
    void nothingRefersToTheSharedFolderOutsideTheRepository() throws IOException {
        String outside = String.join("/", "..", "shared");   // spelled so that this file does not name it either
        List<String> found = new ArrayList<>();
        for (Path file : shippedFiles()) {
            if (Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(outside)) {
                found.add(file.toString());
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The repository's files but the build's, git's and what runs write under data/ (a national
     * report folder holds over a hundred thousand files): those folders are not entered at all.
     */
    private static List<Path> shippedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(Path.of("."), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return NOT_SHIPPED.contains(dir.toString().replace('\\', '/')) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !file.toString().endsWith(".png")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static final java.util.Set<String> NOT_SHIPPED = java.util.Set.of("./target", "./.git", "./data/bench", "./data/pgdata",
            "./data/out", "./data/templates");

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CHANGELOG.md"), Path.of("data/README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }
}
