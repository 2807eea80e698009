package dev.moons.cli;

import dev.moons.io.NumberText;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * How option values are read: every number through {@link NumberText} (so {@code --hidden ５} or {@code --lr 0x1p-3}
 * is refused with its reason, and {@code 010} is ten everywhere), the spellings of NaN and infinity handed on to the
 * option's range check (which refuses them with the range), and a path that the file system cannot name refused
 * in plain words.
 */
final class OptionValues {
    private OptionValues() {}

    /** Registers the converters on {@code cli} and its subcommands. */
    static void register(CommandLine cli) {
        cli.registerConverter(int.class, OptionValues::whole);
        cli.registerConverter(Integer.class, OptionValues::whole);
        cli.registerConverter(long.class, OptionValues::wholeLong);
        cli.registerConverter(Long.class, OptionValues::wholeLong);
        cli.registerConverter(double.class, OptionValues::decimal);
        cli.registerConverter(Double.class, OptionValues::decimal);
        cli.registerConverter(Path.class, OptionValues::path);
    }

    /** A decimal option value; NaN and ±infinity pass through to the option's own range check. */
    static double decimal(String text) {
        Double nonFinite = NumberText.nonFinite(text);
        if (nonFinite != null) {
            return nonFinite;
        }
        try {
            return NumberText.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    private static int whole(String text) {
        try {
            return NumberText.parseInt(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    private static long wholeLong(String text) {
        try {
            return NumberText.parseLong(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("not a usable path (" + e.getReason() + ")");
        }
    }
}
