package io.jstan.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;

/** Configures logback in code (no configuration file is looked up) from {@link LogSettings}. */
public final class LogSetup {

    private LogSetup() {
    }

    /** Applies the settings to the running logback; fails like upstream if the log file cannot be opened. */
    public static void apply(LogSettings settings) throws IOException {
        if (settings.file() != null) {
            checkWritable(settings.file());
        }
        configure((LoggerContext) LoggerFactory.getILoggerFactory(), settings);
    }

    static void configure(LoggerContext context, LogSettings settings) {
        context.reset();
        context.addTurboFilter(new LayerFilter(settings));

        GoLogLayout layout = new GoLogLayout(ProcessHandle.current().pid(), ZoneId.systemDefault());
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        OutputStreamAppender<ILoggingEvent> appender = settings.file() == null ? stderr() : file(settings.file());
        appender.setContext(context);
        appender.setName("main");
        appender.setEncoder(encoder);
        appender.start();

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
    }

    private static OutputStreamAppender<ILoggingEvent> stderr() {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setTarget("System.err");
        return appender;
    }

    private static OutputStreamAppender<ILoggingEvent> file(String path) {
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setFile(path);
        appender.setAppend(true);
        return appender;
    }

    /**
     * Reopens the log file, as upstream does on SIGUSR1 so that an external tool can rotate it;
     * returns false when logging to stderr.
     */
    public static boolean reopen() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (!(root.getAppender("main") instanceof FileAppender<ILoggingEvent> file)) {
            return false;
        }
        // Stopping closes the current file; starting opens the path again, a new file after a rename.
        file.stop();
        file.start();
        return true;
    }

    /** Logback only records a failed open in its status list; open it once to get a real error. */
    private static void checkWritable(String path) throws IOException {
        try (FileOutputStream ignored = new FileOutputStream(path, true)) {
            // created if missing, as upstream does
        } catch (IOException e) {
            throw new IOException("error opening file: " + e.getMessage(), e);
        }
    }
}
