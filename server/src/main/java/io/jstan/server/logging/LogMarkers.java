package io.jstan.server.logging;

import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/** Markers that carry upstream log levels SLF4J has no name for. */
public final class LogMarkers {

    /** On an error event: print it as {@code [FTL]}; the caller then exits. */
    public static final Marker FATAL = MarkerFactory.getMarker("FATAL");

    private LogMarkers() {
    }
}
