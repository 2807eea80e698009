package dev.moons.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDatasetTest {
    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        return Files.writeString(tmp.resolve("data.csv"), text);
    }

    @Test
    void readsPointsWithAndWithoutHeaderSkippingCommentsAndBlankLines() throws Exception {
        Dataset withHeader = CsvDataset.read(file("x1,x2,label\n0.5,-1,0\n# a comment\n\n2, 3.25 ,1\n"));
        assertArrayEquals(new double[] {0.5, 2}, withHeader.x1());
        assertArrayEquals(new double[] {-1, 3.25}, withHeader.x2());
        assertArrayEquals(new int[] {0, 1}, withHeader.labels());
        Dataset bare = CsvDataset.read(file("0.5,-1,0.0\n2,3.25,1.0\n"));
        assertArrayEquals(new int[] {0, 1}, bare.labels());
    }

    @Test
    void formatThenReadGivesTheSameDataset() throws Exception {
        Dataset moons = Moons.generate(101, 0.3, new Random(5));
        Dataset back = CsvDataset.read(file(CsvDataset.format(moons)));
        assertArrayEquals(moons.x1(), back.x1(), 0.0);
        assertArrayEquals(moons.x2(), back.x2(), 0.0);
        assertArrayEquals(moons.labels(), back.labels());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x1,x2,label\\n1,2,0\\n3,4\\n|data.csv: line 3: expected 3 columns (x1,x2,label), found 2",
        "1,2,0\\n1,2,1,7\\n|data.csv: line 2: expected 3 columns (x1,x2,label), found 4",
        "1,2,0\\nabc,2,1\\n|data.csv: line 2: x1 is not a number: 'abc'",
        "1,2,0\\n1,NaN,1\\n|data.csv: line 2: x2 must be finite, was NaN",
        "1,2,0\\n# c\\n1,-Infinity,1\\n|data.csv: line 3: x2 must be finite, was -Infinity",
        "1,2,0\\n1,2,2\\n|data.csv: line 2: label must be 0 or 1, was '2'",
        "1,2,0\\n1,2,yes\\n|data.csv: line 2: label must be 0 or 1, was 'yes'",
        "1,2,1\\n3,4,1\\n|data.csv: only class 1 is present; both classes 0 and 1 are needed",
        "x1,x2,label\\n|data.csv: no data rows (expected lines of x1,x2,label)",
        "1,2,0\\n1e17,2,1\\n|data.csv: line 2: x1 = 1e17 is beyond the limit: coordinates must lie within ±1e15",
        "1,2,0\\n1,-3e160,1\\n|data.csv: line 2: x2 = -3e160 is beyond the limit: coordinates must lie within ±1e15",
        "1,2,0\\n0x1p-3,2,1\\n|data.csv: line 2: x1 is not a number: '0x1p-3' (hexadecimal is not accepted)",
        "1,2,0\\n５,2,1\\n|data.csv: line 2: x1 is not a number: '５' (only the ASCII digits 0-9 are accepted)",
        "1,2,0\\n1,nan,1\\n|data.csv: line 2: x2 must be finite, was nan",
    })
    void badContentIsRefusedWithTheLineAndReason(String text, String message) throws IOException {
        Path f = file(text.replace("\\n", "\n"));
        DataFileException e = assertThrows(DataFileException.class, () -> CsvDataset.read(f));
        assertEquals(message, e.getMessage());
    }

    @Test
    void whitespaceLinesAreSkippedAndAByteOrderMarkIsDropped() throws Exception {
        Dataset spaced = CsvDataset.read(file("x1,x2,label\n1,2,0\n   \n\t \r\n3,4,1\n  \n"));
        assertArrayEquals(new int[] {0, 1}, spaced.labels());
        Dataset bom = CsvDataset.read(file("\uFEFF0.5,-1,0\n2,3.25,1\n"));
        assertArrayEquals(new double[] {0.5, 2}, bom.x1());
        Dataset bomHeader = CsvDataset.read(file("\uFEFFx1,x2,label\n0.5,-1,0\n2,3.25,1\n"));
        assertArrayEquals(new int[] {0, 1}, bomHeader.labels());
        Dataset limit = CsvDataset.read(file("1e15,-1e15,0\n2,3,1\n"));
        assertArrayEquals(new double[] {1e15, 2}, limit.x1());
        DataFileException e = assertThrows(DataFileException.class,
                () -> CsvDataset.read(file("1,2,0\n   \n\"a\"b,2,1\n")));
        assertTrue(e.getMessage().startsWith("data.csv: line "), e.getMessage());
        assertFalse(e.getMessage().contains("org.apache") || e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void emptyBinaryMissingAndHugeFilesAreRefused() throws IOException {
        assertEquals("empty.csv: no data rows (expected lines of x1,x2,label)", assertThrows(DataFileException.class,
                () -> CsvDataset.read(Files.writeString(tmp.resolve("empty.csv"), ""))).getMessage());

        Path binary = Files.write(tmp.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertEquals("image.png: not a text file (NUL byte at offset 4)",
                assertThrows(DataFileException.class, () -> CsvDataset.read(binary)).getMessage());

        Path latin1 = Files.write(tmp.resolve("latin1.csv"), "1,2,0\n\u00e9,2,1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("latin1.csv: not UTF-8 text",
                assertThrows(DataFileException.class, () -> CsvDataset.read(latin1)).getMessage());

        assertEquals("nope.csv: no such file",
                assertThrows(DataFileException.class, () -> CsvDataset.read(tmp.resolve("nope.csv"))).getMessage());
        assertEquals(tmp.getFileName() + ": not a regular file",
                assertThrows(DataFileException.class, () -> CsvDataset.read(tmp)).getMessage());

        Path huge = tmp.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(1L << 30);
        }
        long start = System.nanoTime();
        DataFileException e = assertThrows(DataFileException.class, () -> CsvDataset.read(huge));
        assertEquals("huge.csv: 1024.0 MiB is over the 16 MiB limit", e.getMessage());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused before reading");
    }

    @Test
    void moreThanTheRowLimitIsRefused() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= CsvDataset.MAX_ROWS; i++) {
            text.append("1,2,").append(i % 2).append('\n');
        }
        Path f = file(text.toString());
        assertEquals("data.csv: more than 100000 data rows",
                assertThrows(DataFileException.class, () -> CsvDataset.read(f)).getMessage());
    }
}
