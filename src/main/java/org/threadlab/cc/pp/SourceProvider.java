package org.threadlab.cc.pp;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the program's own files come from: the disk for the command line, a map of name to text
 * for the web (several files per program). Paths are compared after {@link Path#normalize()}.
 */
public interface SourceProvider {

    /** The text of the file at {@code path}, or empty when there is no such (regular, readable) file. */
    Optional<String> read(Path path);

    /** Files on disk, read as UTF-8 (ISO-8859-1 when the bytes are not UTF-8). */
    static SourceProvider fileSystem() {
        return path -> {
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            try {
                byte[] bytes = Files.readAllBytes(path);
                try {
                    return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
                } catch (CharacterCodingException e) {
                    return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }

    /** Files held in memory: {@code files} maps a relative name such as "prog.c" or "lib/q.h" to its text. */
    static SourceProvider inMemory(Map<String, String> files) {
        Map<Path, String> byPath = new LinkedHashMap<>();
        files.forEach((name, text) -> byPath.put(Path.of(name).normalize(), text));
        return path -> Optional.ofNullable(byPath.get(path.normalize()));
    }
}
