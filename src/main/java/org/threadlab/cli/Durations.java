package org.threadlab.cli;

import java.util.Locale;
import java.util.function.Function;

/** Durations on the command line: "30s", "500ms", "2m", or a plain number of seconds. */
final class Durations {
    private Durations() {
    }

    /** {@code text} in nanoseconds; a bad or non-positive value is {@code usage}'s exception. */
    static long nanos(String text, Function<String, RuntimeException> usage) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        double scale = 1e9;
        if (t.endsWith("ms")) {
            scale = 1e6;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            scale = 60e9;
            t = t.substring(0, t.length() - 1);
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw usage.apply("bad duration '" + text + "': write 30s, 500ms or 2m");
        }
        if (!(value > 0) || value * scale > Long.MAX_VALUE) {
            throw usage.apply("the duration must be positive, got '" + text + "'");
        }
        return (long) (value * scale);
    }
}
