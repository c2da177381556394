package org.threadlab.cc.pp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.lex.Token;

class IncludeTests {

    private final Pp pp = new Pp();

    @Test
    void quotedIncludeOfAnInMemoryFile() {
        pp.file("util.h", "int util(void);\n");
        assertThat(pp.normalized("#include \"util.h\"\nint main;\n")).isEqualTo("int util(void); int main;");
    }

    @Test
    void quotedIncludeLooksBesideTheIncludingFileFirst() {
        pp.file("lib/q.h", "#include \"common.h\"\n");
        pp.file("lib/common.h", "lib_common\n");
        pp.file("common.h", "top_common\n");
        assertThat(pp.normalized("#include \"lib/q.h\"\n#include \"common.h\"\n")).isEqualTo("lib_common top_common");
    }

    @Test
    void includeDirsAreSearchedInOrderAfterTheIncludersDirectory() {
        pp.file("a/x.h", "from_a\n").file("b/x.h", "from_b\n").file("b/y.h", "y_from_b\n");
        pp.config.includeDir(Path.of("a")).includeDir(Path.of("b"));
        assertThat(pp.normalized("#include \"x.h\"\n#include <y.h>\n#include <x.h>\n"))
                .isEqualTo("from_a y_from_b from_a");
    }

    @Test
    void angledIncludeDoesNotLookBesideTheIncluder() {
        pp.file("local.h", "local\n");
        pp.run("#include <local.h>\n");
        assertThat(pp.messages()).containsExactly(
                "main.c:1:10: error: 'local.h' file not found; check the name or pass -I DIR");
    }

    @Test
    void builtinHeadersComeFromTheClasspath() {
        String out = pp.normalized("#include <threadlab_test.h>\nTHREADLAB_TEST_HEADER\n");
        assertThat(out).isEqualTo("int from_sibling; int from_inner; int from_builtin_header; 1");
        assertThat(pp.messages()).isEmpty();
        Token t = pp.tokens.get(0);
        assertThat(t.pos().file().name()).isEqualTo("<built-in>/threadlab_test/sibling.h");
    }

    @Test
    void programFileShadowsABuiltinHeaderForQuotedIncludes() {
        pp.file("threadlab_test.h", "mine\n");
        assertThat(pp.normalized("#include \"threadlab_test.h\"\n")).isEqualTo("mine");
    }

    @Test
    void includeDirShadowsABuiltinHeaderForAngledIncludes() {
        pp.file("inc/threadlab_test.h", "mine\n");
        pp.config.includeDir(Path.of("inc"));
        assertThat(pp.normalized("#include <threadlab_test.h>\n")).isEqualTo("mine");
    }

    @Test
    void missingFileIsReportedAtItsName() {
        pp.run("int a;\n#include \"foo.h\"\nint b;\n");
        assertThat(pp.messages()).containsExactly(
                "main.c:2:10: error: 'foo.h' file not found; check the name or pass -I DIR");
        assertThat(Pp.normalize(PreprocessedText.render(pp.tokens))).isEqualTo("int a; int b;");
    }

    @Test
    void malformedIncludeIsReported() {
        pp.run("#include foo\n#include\n");
        assertThat(pp.messages()).containsExactly("main.c:1:10: error: #include expects \"FILENAME\" or <FILENAME>",
                "main.c:2:2: error: #include expects \"FILENAME\" or <FILENAME>");
    }

    @Test
    void includeNameCanComeFromAMacro() {
        pp.file("cfg.h", "configured\n");
        assertThat(pp.normalized("#define HDR \"cfg.h\"\n#include HDR\n")).isEqualTo("configured");
    }

    @Test
    void pragmaOnceIncludesAFileOnlyOnce() {
        pp.file("once.h", "#pragma once\nonce\n");
        assertThat(pp.normalized("#include \"once.h\"\n#include \"once.h\"\n")).isEqualTo("once");
    }

    @Test
    void includeGuardsWork() {
        pp.file("g.h", "#ifndef G_H\n#define G_H\nguarded\n#endif\n");
        assertThat(pp.normalized("#include \"g.h\"\n#include \"g.h\"\n")).isEqualTo("guarded");
    }

    @Test
    void pragmasDoNotReachTheOutput() {
        assertThat(pp.normalized("#pragma GCC diagnostic ignored \"-Wall\"\na\n")).isEqualTo("a");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void includeCycleEndsWithADiagnostic() {
        pp.file("a.h", "#include \"b.h\"\n").file("b.h", "#include \"a.h\"\n");
        pp.run("#include \"a.h\"\n");
        assertThat(pp.messages()).hasSize(1);
        assertThat(pp.messages().get(0)).endsWith(
                "error: #include nested too deeply (more than 200 levels); look for a file that includes itself");
    }

    @Test
    void fileAndLineInsideAnIncludedFile() {
        pp.file("h.h", "\n__FILE__ __LINE__ __INCLUDE_LEVEL__\n");
        assertThat(pp.normalized("#include \"h.h\"\n__FILE__ __LINE__ __INCLUDE_LEVEL__\n"))
                .isEqualTo("\"h.h\" 2 1 \"main.c\" 2 0");
    }

    @Test
    void lineDirectiveChangesLineAndFile() {
        assertThat(pp.normalized("#line 100 \"gen.c\"\n__LINE__ __FILE__\n__LINE__\n")).isEqualTo("100 \"gen.c\" 101");
    }

    @Test
    void filesOnDiskWithIncludeDirs(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(dir.resolve("inc"));
        Files.writeString(dir.resolve("src/main.c"), "#include \"local.h\"\n#include <lib.h>\nmain_body\n");
        Files.writeString(dir.resolve("src/local.h"), "local_body\n");
        Files.writeString(dir.resolve("inc/lib.h"), "#include \"local.h\"\nlib_body\n");
        Files.writeString(dir.resolve("inc/local.h"), "inc_local_body\n");
        Path main = dir.resolve("src/main.c");
        Diagnostics diagnostics = new Diagnostics();
        List<Token> tokens = Preprocessor.preprocess(new SourceFile(main.toString(), Files.readString(main)),
                PreprocessorConfig.builder().includeDir(dir.resolve("inc")).build(), diagnostics);
        assertThat(diagnostics.messages()).isEmpty();
        assertThat(Pp.normalize(PreprocessedText.render(tokens))).isEqualTo("local_body inc_local_body lib_body main_body");
        assertThat(tokens.get(1).pos().file().name()).isEqualTo(dir.resolve("inc/local.h").toString());
    }

    @Test
    void inMemoryProviderNormalisesPaths() {
        SourceProvider provider = SourceProvider.inMemory(Map.of("lib/./x.h", "x"));
        assertThat(provider.read(Path.of("lib/sub/../x.h"))).contains("x");
        assertThat(provider.read(Path.of("x.h"))).isEmpty();
    }

    @Test
    void customResolverReplacesTheSearch() {
        Diagnostics diagnostics = new Diagnostics();
        IncludeResolver resolver = (name, angled, includer) ->
                java.util.Optional.of(new SourceFile("virtual/" + name, (angled ? "angled_" : "quoted_") + "x\n"));
        List<Token> tokens = Preprocessor.preprocess(new SourceFile("m.c", "#include <a.h>\n#include \"b.h\"\n"),
                PreprocessorConfig.builder().includeResolver(resolver).build(), diagnostics);
        assertThat(tokens.stream().map(Token::text).collect(Collectors.toList()))
                .containsExactly("angled_x", "quoted_x", "");
    }
}
