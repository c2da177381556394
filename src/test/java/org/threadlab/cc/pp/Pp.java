package org.threadlab.cc.pp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.lex.Token;

/** Test harness: preprocesses in-memory files and shows the result and the messages. */
final class Pp {
    final Map<String, String> files = new LinkedHashMap<>();
    final Diagnostics diagnostics = new Diagnostics();
    PreprocessorConfig.Builder config = PreprocessorConfig.builder();
    List<Token> tokens;

    Pp file(String name, String text) {
        files.put(name, text);
        return this;
    }

    /** Preprocesses {@code text} as "main.c" and renders the output. */
    String run(String text) {
        files.put("main.c", text);
        tokens = Preprocessor.preprocess(new SourceFile("main.c", text),
                config.sourceProvider(SourceProvider.inMemory(files)).build(), diagnostics);
        return PreprocessedText.render(tokens);
    }

    /** The output with every run of whitespace made one space, trimmed. */
    String normalized(String text) {
        return normalize(run(text));
    }

    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** "file:line:col: severity: message" for each diagnostic. */
    List<String> messages() {
        return diagnostics.messages().stream()
                .map(d -> d.pos() + ": " + d.severity().text() + ": " + d.message())
                .collect(Collectors.toList());
    }
}
