package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.parse.Parser;
import org.threadlab.cc.pp.BuiltinHeaders;
import org.threadlab.cc.pp.Preprocessor;

/** The built-in headers preprocess and parse cleanly, alone and all together, twice over. */
class HeaderTests {
    static final List<String> HEADERS = List.of("assert.h", "errno.h", "limits.h", "pthread.h", "sched.h",
            "semaphore.h", "stdarg.h", "stdatomic.h", "stdbool.h", "stddef.h", "stdint.h", "stdio.h", "stdlib.h",
            "string.h", "strings.h", "ctype.h", "math.h", "sys/dispatch.h", "sys/time.h", "sys/types.h", "time.h",
            "unistd.h");

    private static Diagnostics compile(String source) {
        Diagnostics d = new Diagnostics();
        List<Token> tokens = Preprocessor.preprocess(new SourceFile("all.c", source), d);
        if (!d.hasErrors()) {
            Parser.parse(tokens, d);
        }
        return d;
    }

    @Test
    void everyHeaderExists() {
        for (String h : HEADERS) {
            assertThat(BuiltinHeaders.read(h)).as(h).isPresent();
        }
    }

    @Test
    void allHeadersTogetherParseWithoutDiagnostics() {
        StringBuilder src = new StringBuilder();
        for (int pass = 0; pass < 2; pass++) {
            for (String h : HEADERS) {
                src.append("#include <").append(h).append(">\n");
            }
        }
        src.append("""
                pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
                pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
                pthread_once_t once = PTHREAD_ONCE_INIT;
                atomic_int counter;
                int sum(int n, ...) {
                    va_list ap;
                    va_start(ap, n);
                    int s = 0;
                    for (int i = 0; i < n; i++) s += va_arg(ap, int);
                    va_end(ap);
                    return s;
                }
                int main(void) {
                    bool ok = true;
                    int64_t big = INT64_MAX;
                    size_t n = sizeof(pthread_mutex_t) + offsetof(struct timespec, tv_nsec);
                    errno = 0;
                    assert(ok && big > 0 && n > 0);
                    atomic_fetch_add(&counter, 1);
                    fprintf(stderr, "%d %s\\n", INT_MAX, strerror(EBUSY));
                    printf("%d\\n", sum(2, 1, 2));
                    return EXIT_SUCCESS;
                }
                """);
        Diagnostics d = compile(src.toString());
        assertThat(d.render()).isEmpty();
        assertThat(d.hasErrors()).isFalse();
    }

    /** Every function a header declares is a builtin, so a program that calls it can run. */
    @Test
    void everyDeclaredFunctionIsRegistered() {
        java.util.regex.Pattern prototype = java.util.regex.Pattern.compile(
                "^[A-Za-z_][\\w \\*]*?\\b(\\w+)\\s*\\((?!\\*)", java.util.regex.Pattern.MULTILINE);
        org.threadlab.vm.interp.BuiltinRegistry registry = StandardLibrary.registry();
        List<String> missing = new java.util.ArrayList<>();
        int declared = 0;
        for (String h : HEADERS) {
            String text = BuiltinHeaders.read(h).orElseThrow().text();
            java.util.regex.Matcher m = prototype.matcher(text);
            while (m.find()) {
                String line = text.substring(m.start(), text.indexOf('\n', m.start()));
                if (line.startsWith("#") || line.startsWith("typedef") || !line.trim().endsWith(";")) {
                    continue;
                }
                declared++;
                if (!registry.contains(m.group(1))) {
                    missing.add(h + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(declared).isGreaterThan(150);
    }

    @Test
    void eachHeaderParsesAlone() {
        for (String h : HEADERS) {
            Diagnostics d = compile("#include <" + h + ">\nint main(void) { return 0; }\n");
            assertThat(d.render()).as(h).isEmpty();
        }
    }
}
