package dev.moons.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The reading formats: compact for labels, plain for change logs and console tables, round for keys. */
class NumbersTest {
    @Test
    void compactKeepsFourDigitsAndABareExponent() {
        assertEquals("0", Numbers.compact(0));
        assertEquals("0.3127", Numbers.compact(0.312749));
        assertEquals("0.01", Numbers.compact(0.01));
        assertEquals("1.5e-4", Numbers.compact(1.5e-4));
        assertEquals("-2.5e5", Numbers.compact(-250_000));
        assertEquals("4321", Numbers.compact(4321.2));
        assertEquals("−∞", Numbers.compact(Double.NEGATIVE_INFINITY));
        assertEquals("—", Numbers.compact(Double.NaN));
    }

    @Test
    void plainNeverUsesAnExponent() {
        assertEquals("0.0001", Numbers.plain(1e-4, 4));
        assertEquals("1000", Numbers.plain(1000, 4));
        assertEquals("0.00215", Numbers.plain(0.0021549, 3));
        assertEquals("0.1235", Numbers.plain(0.123456, 4));
        assertEquals("120000", Numbers.plain(123_456, 2));
        assertEquals("—", Numbers.plain(Double.NaN, 3));
        assertEquals("∞", Numbers.plain(Double.POSITIVE_INFINITY, 3));
    }

    @Test
    void roundKeepsSignificantDigits() {
        assertEquals(14.5, Numbers.round(14.46, 3));
        assertEquals(0.00123, Numbers.round(0.0012345, 3));
        assertEquals(-1000, Numbers.round(-999.7, 3));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.round(Double.POSITIVE_INFINITY, 3));
    }

    @Test
    void decimals4KeepsFourDecimalsAndATypographicMinus() {
        assertEquals("0.1235", Numbers.decimals4(0.123456));
        assertEquals("−0.0420", Numbers.decimals4(-0.042));
        assertEquals("0.0000", Numbers.decimals4(0));
        assertEquals("2.000e−04", Numbers.decimals4(2e-4));
        assertEquals("1.235e+05", Numbers.decimals4(123_456));
        assertEquals("NaN", Numbers.decimals4(Double.NaN));
    }
}
