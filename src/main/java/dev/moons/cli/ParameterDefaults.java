package dev.moons.cli;

import dev.moons.training.Parameter;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's defaults from the settings table: an option named after a {@link Parameter} row
 * ({@code --train-ratio} for TRAIN_RATIO) defaults to that row's default; other options have none.
 */
public final class ParameterDefaults implements IDefaultValueProvider {

    /** The row's default as text for an option with a row, else null (picocli then uses the option's own). */
    @Override
    public String defaultValue(ArgSpec argument) {
        return parameter(argument).map(Parameter::defaultText).orElse(null);
    }

    /** The row an option stands for: its long name without the dashes is the row's key. */
    static Optional<Parameter> parameter(ArgSpec argument) {
        if (argument instanceof OptionSpec option) {
            return Parameter.byKey(option.longestName().replaceFirst("^--", ""));
        }
        return Optional.empty();
    }
}
