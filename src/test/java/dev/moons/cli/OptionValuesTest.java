package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every numeric option reads through the one number grammar; a refusal is one line with the reason. */
class OptionValuesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--hidden|５|'５' is not a number (only the ASCII digits 0-9 are accepted)",
        "--hidden|1.5|'1.5' is not a whole number",
        "--epochs|1e3|'1e3' is not a whole number",
        "--seed|0x10|'0x10' is not a number (hexadecimal is not accepted)",
        "--noise|0x1p-3|'0x1p-3' is not a number (hexadecimal is not accepted)",
        "--lr|1_0|'1_0' is not a number",
        "--lr|nan|--lr must be finite and > 0, was NaN",
        "--lr|-inf|--lr must be finite and > 0, was -Infinity",
        "--samples|99999999999|'99999999999' is outside the whole-number range ±2147483647",
    })
    void badNumbersAreOneLineWithTheReason(String option, String value, String reason) {
        StringWriter err = new StringWriter();
        Path dir = tmp.resolve("out");
        int status = Cli.execute(new String[] {"compare", "--out", dir.toString(), option, value},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, status);
        String line = err.toString().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("error: ") && line.endsWith(reason), line);
        assertFalse(Files.exists(dir));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"+5|5", "010|10", "-0.5|-0.5", "1e-3|0.001", ".5|0.5"})
    void signsLeadingZerosAndExponentsAreRead(String text, double expected) {
        assertEquals(expected, OptionValues.decimal(text), 0.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.1,0x1|--lrs value '0x1' is not a number (hexadecimal is not accepted)",
        "0.1,nan|--lrs values must be finite and > 0, was NaN"})
    void theLearningRateListUsesTheSameGrammar(String lrs, String message) {
        StringWriter err = new StringWriter();
        int status = Cli.execute(new String[] {"sweep", "--out", tmp.resolve("s").toString(), "--lrs", lrs},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, status);
        assertEquals("error: " + message, err.toString().strip());
    }
}
