package org.threadlab.cc.pp;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.threadlab.cc.SourceFile;

/**
 * gcc's search order. {@code #include "x.h"}: the directory of the including file, then each -I
 * directory in order, then the built-in headers. {@code #include <x.h>}: the -I directories, then
 * the built-in headers. A quoted include from a built-in header looks beside it among the built-ins.
 */
public final class SearchPathIncludeResolver implements IncludeResolver {
    private final SourceProvider provider;
    private final List<Path> includeDirs;

    public SearchPathIncludeResolver(SourceProvider provider, List<Path> includeDirs) {
        this.provider = provider;
        this.includeDirs = List.copyOf(includeDirs);
    }

    @Override
    public Optional<SourceFile> resolve(String name, boolean angled, SourceFile includer) {
        List<Path> candidates = new ArrayList<>();
        try {
            if (!angled) {
                if (BuiltinHeaders.isBuiltin(includer)) {
                    String dir = includer.name().substring(BuiltinHeaders.NAME_PREFIX.length());
                    int slash = dir.lastIndexOf('/');
                    Optional<SourceFile> beside = BuiltinHeaders.read(slash < 0 ? name : dir.substring(0, slash + 1) + name);
                    if (beside.isPresent()) {
                        return beside;
                    }
                } else {
                    Path parent = Path.of(includer.name()).getParent();
                    candidates.add(parent == null ? Path.of(name) : parent.resolve(name));
                }
            }
            for (Path dir : includeDirs) {
                candidates.add(dir.resolve(name));
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        for (Path candidate : candidates) {
            Path normalized = candidate.normalize();
            Optional<String> text = provider.read(normalized);
            if (text.isPresent()) {
                return Optional.of(new SourceFile(normalized.toString(), text.get()));
            }
        }
        return BuiltinHeaders.read(name);
    }
}
