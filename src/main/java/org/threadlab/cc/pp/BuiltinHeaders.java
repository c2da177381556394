package org.threadlab.cc.pp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.threadlab.cc.SourceFile;

/**
 * ThreadLab's system headers (stdio.h, pthread.h, ...), read from classpath resources under
 * {@value #RESOURCE_DIR}. A built-in header's file name, as diagnostics print it, is
 * {@value #NAME_PREFIX} followed by its name.
 */
public final class BuiltinHeaders {
    public static final String RESOURCE_DIR = "/org/threadlab/cc/include/";
    public static final String NAME_PREFIX = "<built-in>/";

    private BuiltinHeaders() {
    }

    /** The built-in header {@code name} ("stdio.h", "sys/dispatch.h"), or empty when there is none. */
    public static Optional<SourceFile> read(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("..") || name.contains("\\")) {
            return Optional.empty();
        }
        try (InputStream in = BuiltinHeaders.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new SourceFile(NAME_PREFIX + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when {@code file} is a built-in header. */
    public static boolean isBuiltin(SourceFile file) {
        return file.name().startsWith(NAME_PREFIX);
    }
}
