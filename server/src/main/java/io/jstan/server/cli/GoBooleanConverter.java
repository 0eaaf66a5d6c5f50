package io.jstan.server.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts exactly the boolean texts of Go's flag package: 1 0 t f T F true false TRUE FALSE True False. */
public final class GoBooleanConverter implements ITypeConverter<Boolean> {

    @Override
    public Boolean convert(String text) {
        return switch (text) {
            case "1", "t", "T", "true", "TRUE", "True" -> Boolean.TRUE;
            case "0", "f", "F", "false", "FALSE", "False" -> Boolean.FALSE;
            default -> throw new TypeConversionException(GoIntConverter.PARSE_ERROR);
        };
    }
}
