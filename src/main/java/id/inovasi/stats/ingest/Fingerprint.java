package id.inovasi.stats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * What one read of a file's bytes tells: its SHA-256 (the file's identity), its size, whether it
 * is text, and the charset to decode it with (UTF-8 when valid, with or without BOM, else
 * windows-1252).
 *
 * @param sha256   hex digest of the bytes
 * @param size     bytes
 * @param charset  UTF-8 or windows-1252; {@code null} when the file is not text
 * @param bom      the file starts with a UTF-8 byte-order mark
 * @param notText  why the file is not text, or {@code null}
 * @param workbook {@code xlsx} or {@code xls} for a workbook (read by its own reader), else {@code null}
 */
record Fingerprint(String sha256, long size, Charset charset, boolean bom, String notText, String workbook) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Files up to this size are read once into memory and checked on the calling thread. */
    private static final int SMALL = 1 << 20;

    /**
     * A file that could not be read at all (permissions, a folder or a link loop under a file's
     * name): no digest; {@code notText} says why.
     */
    static Fingerprint unreadable(IOException cause) {
        String why = cause instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new Fingerprint(null, -1, null, false, "the file cannot be read (" + why + "): give the program's user read access"
                + " (or replace a folder or broken link of that name by the file); nothing was loaded, and the next run tries it again", null);
    }

    /** Whether the file could not be read at all. */
    boolean unreadable() {
        return sha256 == null;
    }

    /** A workbook ({@code xlsx} or {@code xls}): its digest and size; what it holds is its reader's to judge. */
    static Fingerprint ofWorkbook(Path file, String workbook) throws IOException {
        return new Fingerprint(sha256(file), Files.size(file), null, false, null, workbook);
    }

    /** The workbook format a file's name says ({@code .xlsx}, {@code .xls}, {@code .xlsm}, any case), or null for a text file. */
    static String workbookOf(Path file) {
        return workbookOf(file.getFileName().toString());
    }

    static String workbookOf(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".xls") ? "xls" : name.endsWith(".xlsm") ? "xlsm" : null;
    }

    static Fingerprint of(Path file) throws IOException {
        if (Files.size(file) <= SMALL) {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length <= SMALL) {
                return of(bytes);
            }
        }
        return ofLarge(file);
    }

    /** The fingerprint of bytes held in memory (a small file). */
    static Fingerprint of(byte[] bytes) {
        String sha = HexFormat.of().formatHex(newDigest().digest(bytes));
        ByteScan scan = new ByteScan();
        boolean ascii = scan.scan(bytes, bytes.length, 0);
        boolean validUtf8 = ascii || isUtf8(bytes);
        return verdict(sha, bytes.length, startsWithBom(bytes, bytes.length), scan.nulAt, validUtf8, scan.undefinedIn1252);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static Fingerprint ofLarge(Path file) throws IOException {
        FutureTask<String> hash = new FutureTask<>(() -> sha256(file));
        Thread hashing = new Thread(hash, "ingest-sha256");
        hashing.setDaemon(true);
        hashing.start();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] chunk = new byte[1 << 20];
        ByteBuffer pending = ByteBuffer.allocate(chunk.length + 8);
        CharBuffer sink = CharBuffer.allocate(chunk.length + 8);
        boolean validUtf8 = true;
        ByteScan scan = new ByteScan();
        long size = 0;
        boolean bom = false;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                bom |= size == 0 && startsWithBom(chunk, n);
                boolean ascii = scan.scan(chunk, n, size);
                if (validUtf8 && !(ascii && pending.position() == 0)) {
                    pending.put(chunk, 0, n).flip();
                    sink.clear();
                    CoderResult result = utf8.decode(pending, sink, false);
                    validUtf8 = !result.isError();
                    pending.compact();
                }
                size += n;
            }
        }
        if (validUtf8) {
            pending.flip();
            sink.clear();
            validUtf8 = !utf8.decode(pending, sink, true).isError() && !utf8.flush(sink).isError();
        }
        String sha;
        try {
            sha = hash.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing " + file, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        return verdict(sha, size, bom, scan.nulAt, validUtf8, scan.undefinedIn1252);
    }

    private static boolean startsWithBom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** What a pass over the bytes finds: the first NUL byte, and bytes that windows-1252 leaves undefined. */
    private static final class ByteScan {
        long nulAt = -1;
        boolean undefinedIn1252;

        /** Scans {@code n} bytes that start at {@code offset} in the file; true when they are all ASCII. */
        boolean scan(byte[] bytes, int n, long offset) {
            boolean ascii = true;
            for (int i = 0; i < n; i++) {
                byte b = bytes[i];
                if (b < 0) {
                    ascii = false;
                    int u = b & 0xff;
                    if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                        undefinedIn1252 = true;
                    }
                } else if (b == 0 && nulAt < 0) {
                    nulAt = offset + i;
                }
            }
            return ascii;
        }
    }

    private static Fingerprint verdict(String sha, long size, boolean bom, long nulAt, boolean validUtf8, boolean undefinedIn1252) {
        if (nulAt >= 0) {
            return new Fingerprint(sha, size, null, bom, "the file contains NUL bytes (byte " + nulAt + "): it is not a text (CSV) file; save it as CSV from the spreadsheet", null);
        }
        if (validUtf8) {
            return new Fingerprint(sha, size, StandardCharsets.UTF_8, bom, null, null);
        }
        if (undefinedIn1252) {
            return new Fingerprint(sha, size, null, false, "the file is neither valid UTF-8 nor windows-1252 text; save it as CSV UTF-8 from the spreadsheet", null);
        }
        return new Fingerprint(sha, size, WINDOWS_1252, false, null, null);
    }

    /** The name stored in {@code source_file.charset}. */
    String charsetName() {
        return workbook != null ? (workbook.equals("xlsm") ? null : workbook) : charset == null ? null : charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "windows-1252";
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] chunk = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(chunk)) > 0; ) {
                digest.update(chunk, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}
