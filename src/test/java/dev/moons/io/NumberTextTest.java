package dev.moons.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One number grammar: ASCII digits, sign, fraction, exponent; everything else refused with its reason. */
class NumberTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5|5", "+5|5", "-5|-5", "010|10", "1.|1", ".5|0.5", "1e-3|0.001",
        "2.5E+4|25000", " 7 |7", "0007.50|7.5"})
    void decimalsAreRead(String text, double expected) {
        assertEquals(expected, NumberText.parseDouble(text), 0.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nan|'nan' is not a number (NaN and infinity are refused: give a finite number)",
        "-Infinity|'-Infinity' is not a number (NaN and infinity are refused: give a finite number)",
        "0x1p-3|'0x1p-3' is not a number (hexadecimal is not accepted)",
        "５|'５' is not a number (only the ASCII digits 0-9 are accepted)",
        "1d|'1d' is not a number",
        "1_000|'1_000' is not a number",
        "1e400|'1e400' is too large (beyond ±1.8e308)",
        "''|'' is not a number",
    })
    void badDecimalsAreRefusedWithAReason(String text, String message) {
        assertEquals(message, assertThrows(NumberFormatException.class, () -> NumberText.parseDouble(text))
                .getMessage());
    }

    @Test
    void wholeNumbersFollowTheSameGrammarWithoutFractionOrExponent() {
        assertEquals(5, NumberText.parseInt("+5"));
        assertEquals(10, NumberText.parseInt("010"), "leading zeros are decimal, never octal");
        assertEquals(-3L, NumberText.parseLong("-3"));
        assertEquals("'1.5' is not a whole number",
                assertThrows(NumberFormatException.class, () -> NumberText.parseInt("1.5")).getMessage());
        assertEquals("'1e3' is not a whole number",
                assertThrows(NumberFormatException.class, () -> NumberText.parseInt("1e3")).getMessage());
        assertTrue(assertThrows(NumberFormatException.class, () -> NumberText.parseInt("５")).getMessage()
                .contains("ASCII digits"));
        assertTrue(assertThrows(NumberFormatException.class, () -> NumberText.parseInt("3000000000")).getMessage()
                .contains("range"));
    }

    @Test
    void longValuesAreCutInTheMessage() {
        String huge = "9".repeat(50) + "x";
        String m = assertThrows(NumberFormatException.class, () -> NumberText.parseDouble(huge)).getMessage();
        assertTrue(m.length() < 80 && m.contains("…"), m);
    }

    @Test
    void nonFiniteSpellingsAreRecognised() {
        assertTrue(Double.isNaN(NumberText.nonFinite("NaN")));
        assertEquals(Double.NEGATIVE_INFINITY, NumberText.nonFinite("-inf"));
        assertEquals(Double.POSITIVE_INFINITY, NumberText.nonFinite("Infinity"));
        assertNull(NumberText.nonFinite("1"));
    }
}
