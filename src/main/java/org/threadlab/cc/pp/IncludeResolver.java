package org.threadlab.cc.pp;

import java.util.Optional;

import org.threadlab.cc.SourceFile;

/** Finds the file an {@code #include} names. */
public interface IncludeResolver {

    /**
     * The file {@code name} refers to when {@code includer} includes it with quotes
     * ({@code angled} false) or angle brackets; empty when there is none.
     */
    Optional<SourceFile> resolve(String name, boolean angled, SourceFile includer);
}
