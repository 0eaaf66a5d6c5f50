package io.jstan.server.cli;

import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Gives a boolean flag Go's semantics: bare {@code -tls} means true and only {@code -tls=false}
 * passes a value; in {@code -tls false} the {@code false} is a positional argument, as upstream.
 */
public final class BareBooleanFlag implements IParameterPreprocessor {

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec flag, Map<String, Object> info) {
        if (!"=".equals(info.get("separator"))) {
            args.push("true");
        }
        return false; // let picocli consume the value as usual
    }
}
