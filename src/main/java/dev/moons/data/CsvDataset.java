package dev.moons.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.moons.io.NumberText;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes a labelled 2-D dataset as CSV: {@code x1,x2,label}, one point per line, label 0 or 1, an
 * optional header line, {@code #} comment lines and blank or white-space-only lines ignored, a leading UTF-8 byte
 * order mark dropped. Numbers are read by {@link NumberText}; a coordinate beyond ±{@link #MAX_COORDINATE} is
 * refused, so standardization can neither overflow nor collapse the plot rectangle. Files over {@link #MAX_BYTES}
 * or {@link #MAX_ROWS} rows are refused before parsing. Every problem is reported with its line number and no
 * partial dataset is ever returned.
 */
public final class CsvDataset {
    /** Largest file read: 16 MiB (a 100,000-row file of full-precision doubles is about 5 MiB). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Most data rows read, the same as the largest generated dataset. */
    public static final int MAX_ROWS = 100_000;
    /** Largest coordinate magnitude read: |x1|, |x2| ≤ 1e15. */
    public static final double MAX_COORDINATE = 1e15;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CsvDataset() {}

    /** Parses {@code file}; throws with a one-line reason (file, line, what is wrong) on any problem. */
    public static Dataset read(Path file) throws DataFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(name + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DataFileException(String.format(Locale.ROOT, "%s: %.1f MiB is over the %d MiB limit",
                        name, size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFileException(name + ": cannot read (" + e.getMessage() + ")");
        }
        return parse(name, bytes);
    }

    /** Parses CSV bytes named {@code name} in messages. */
    static Dataset parse(String name, byte[] bytes) throws DataFileException {
        String text = blankLinesEmptied(withoutBom(decode(name, bytes)));
        double[] x1 = new double[16];
        double[] x2 = new double[16];
        int[] labels = new int[16];
        int rows = 0;
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                if (record.size() != 3) {
                    throw new DataFileException(name + ": line " + line
                            + ": expected 3 columns (x1,x2,label), found " + record.size());
                }
                if (first && !isNumber(record.get(0)) && !isNumber(record.get(1)) && !isNumber(record.get(2))) {
                    first = false;
                    continue;
                }
                first = false;
                if (rows == MAX_ROWS) {
                    throw new DataFileException(name + ": more than " + MAX_ROWS + " data rows");
                }
                if (rows == labels.length) {
                    x1 = java.util.Arrays.copyOf(x1, rows * 2);
                    x2 = java.util.Arrays.copyOf(x2, rows * 2);
                    labels = java.util.Arrays.copyOf(labels, rows * 2);
                }
                x1[rows] = coordinate(name, line, "x1", record.get(0));
                x2[rows] = coordinate(name, line, "x2", record.get(1));
                labels[rows] = label(name, line, record.get(2));
                rows++;
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new DataFileException(name + ": line " + line + " or the one after: not valid CSV ("
                    + plainReason(e) + ")");
        }
        if (rows == 0) {
            throw new DataFileException(name + ": no data rows (expected lines of x1,x2,label)");
        }
        Dataset data = new Dataset(java.util.Arrays.copyOf(x1, rows), java.util.Arrays.copyOf(x2, rows),
                java.util.Arrays.copyOf(labels, rows));
        int positives = data.positives();
        if (positives == 0 || positives == rows) {
            throw new DataFileException(name + ": only class " + (positives == 0 ? 0 : 1)
                    + " is present; both classes 0 and 1 are needed");
        }
        return data;
    }

    /** The dataset as CSV text with a header, in the format {@link #read} accepts. */
    public static String format(Dataset data) {
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < data.size(); i++) {
            csv.append(data.x1(i)).append(',').append(data.x2(i)).append(',').append(data.label(i)).append('\n');
        }
        return csv.toString();
    }

    private static String decode(String name, byte[] bytes) throws DataFileException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DataFileException(name + ": not a text file (NUL byte at offset " + i + ")");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(name + ": not UTF-8 text");
        }
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // a line of spaces or tabs becomes an empty line (skipped), keeping the line numbers
    private static String blankLinesEmptied(String text) {
        return text.replaceAll("(?m)^[ \\t\\f\\x0B]+(?=\\r?$)", "");
    }

    // the parser's own words, without the library's exception class names
    private static String plainReason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? "unreadable" : root.getMessage();
        return m.replaceAll("([a-z]+\\.)+[A-Z][A-Za-z]*(Exception|Error): ?", "").strip();
    }

    private static boolean isNumber(String s) {
        return NumberText.isNumber(s);
    }

    private static double coordinate(String name, long line, String column, String raw) throws DataFileException {
        if (NumberText.nonFinite(raw) != null) {
            throw new DataFileException(name + ": line " + line + ": " + column + " must be finite, was " + raw);
        }
        double v;
        try {
            v = NumberText.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new DataFileException(name + ": line " + line + ": " + column + " is not a number: '"
                    + abbreviate(raw) + "'" + NumberText.explanation(raw));
        }
        if (Math.abs(v) > MAX_COORDINATE) {
            throw new DataFileException(name + ": line " + line + ": " + column + " = " + abbreviate(raw)
                    + " is beyond the limit: coordinates must lie within ±1e15");
        }
        return v;
    }

    private static int label(String name, long line, String raw) throws DataFileException {
        double v;
        try {
            v = NumberText.parseDouble(raw);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (v != 0 && v != 1) {
            throw new DataFileException(name + ": line " + line + ": label must be 0 or 1, was '"
                    + abbreviate(raw) + "'");
        }
        return (int) v;
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
