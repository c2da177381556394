package org.threadlab.cc.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.Diagnostic;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.ast.TranslationUnit;
import org.threadlab.cc.lex.Lexer;
import org.threadlab.cc.parse.Parser;

class ConcurrencyWarningsTests {
    private static final String DECLS = """
            typedef struct { int x; } pthread_mutex_t;
            typedef struct { int x; } pthread_cond_t;
            int pthread_cond_wait(pthread_cond_t *, pthread_mutex_t *);
            int pthread_cond_timedwait(pthread_cond_t *, pthread_mutex_t *, const void *);
            int pthread_sleepon_wait(void *);
            int pthread_mutex_lock(pthread_mutex_t *);
            int pthread_mutex_unlock(pthread_mutex_t *);
            pthread_mutex_t m;
            pthread_cond_t c;
            int ready;
            """;

    private static List<String> warnings(String body) {
        Diagnostics diagnostics = new Diagnostics();
        SourceFile file = new SourceFile("prog.c", DECLS + body);
        TranslationUnit unit = Parser.parse(Lexer.tokenize(file, diagnostics), diagnostics);
        assertThat(diagnostics.hasErrors()).as(diagnostics.render()).isFalse();
        ConcurrencyWarnings.check(unit, diagnostics);
        return diagnostics.messages().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING)
                .map(d -> d.pos().line() - DECLS.lines().count() + ": " + d.message()).toList();
    }

    @Test
    void waitGuardedByIfIsReportedAtTheCall() {
        assertThat(warnings("""
                void consume(void) {
                    pthread_mutex_lock(&m);
                    if (!ready)
                        pthread_cond_wait(&c, &m);
                    ready = 0;
                    pthread_mutex_unlock(&m);
                }
                """)).containsExactly("4: pthread_cond_wait is not in a loop that re-checks its condition;"
                + " wakeups can be spurious or stolen, so write 'while (!condition) pthread_cond_wait(...);'");
    }

    @Test
    void ifInsideAnOuterServiceLoopIsStillTheIfInsteadOfWhileBug() {
        assertThat(warnings("""
                void *consumer(void *arg) {
                    for (;;) {
                        pthread_mutex_lock(&m);
                        if (!ready) { pthread_cond_wait(&c, &m); }
                        ready = 0;
                        pthread_mutex_unlock(&m);
                    }
                }
                """)).hasSize(1);
    }

    @Test
    void whileLoopAroundTheWaitIsQuiet() {
        assertThat(warnings("""
                void consume(void) {
                    pthread_mutex_lock(&m);
                    while (!ready)
                        pthread_cond_wait(&c, &m);
                    do { pthread_sleepon_wait(&ready); } while (!ready);
                    for (;;) { if (ready) break; pthread_cond_timedwait(&c, &m, 0); }
                    pthread_mutex_unlock(&m);
                }
                """)).isEmpty();
    }

    @Test
    void waitWithNoLoopAtAllIsReportedForEveryConditionWait() {
        assertThat(warnings("""
                void f(void) { pthread_cond_timedwait(&c, &m, 0); pthread_sleepon_wait(&ready); }
                """)).extracting(w -> w.substring(0, w.indexOf(" is not"))).containsExactly(
                "1: pthread_cond_timedwait", "1: pthread_sleepon_wait");
    }

    @Test
    void earlyReturnInsideTheCriticalSectionIsReportedAtTheReturn() {
        assertThat(warnings("""
                int take(void) {
                    pthread_mutex_lock(&m);
                    if (ready == 0)
                        return -1;
                    ready--;
                    pthread_mutex_unlock(&m);
                    return 0;
                }
                """)).containsExactly("4: 'm' may still be locked at this return, though it is unlocked on"
                + " other paths; unlock it before leaving");
    }

    @Test
    void unlockOnEveryPathIsQuiet() {
        assertThat(warnings("""
                struct queue { pthread_mutex_t lock; int n; };
                int take(struct queue *q) {
                    if (pthread_mutex_lock(&q->lock) != 0)
                        return -1;
                    if (q->n == 0) {
                        pthread_mutex_unlock(&q->lock);
                        return -1;
                    }
                    q->n--;
                    pthread_mutex_unlock(&q->lock);
                    return 0;
                }
                """)).isEmpty();
    }

    @Test
    void fallingOffTheEndWithTheLockHeldOnOneBranchIsReported() {
        assertThat(warnings("""
                struct queue { pthread_mutex_t lock; int n; };
                void drain(struct queue *q) {
                    pthread_mutex_lock(&q->lock);
                    if (q->n > 0) {
                        q->n = 0;
                        pthread_mutex_unlock(&q->lock);
                    }
                }
                """)).singleElement().asString().contains("'q->lock' may still be locked at the end of drain");
    }

    @Test
    void aFunctionThatOnlyLocksIsALockWrapperAndIsLeftAlone() {
        assertThat(warnings("""
                void enter(void) { pthread_mutex_lock(&m); }
                """)).isEmpty();
    }

    @Test
    void correctSeedStyleProgramsGiveNoConcurrencyWarnings() throws Exception {
        for (String name : List.of("bounded_buffer.c", "sleepon_prodcons.c", "barrier.c", "thread_pool_server.c",
                "peterson.c")) {
            String text = new String(getClass().getResourceAsStream("/cprogs/parse/" + name).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            Diagnostics diagnostics = new Diagnostics();
            SourceFile file = new SourceFile(name, text);
            TranslationUnit unit = Parser.parse(Lexer.tokenize(file, diagnostics), diagnostics);
            int before = diagnostics.messages().size();
            ConcurrencyWarnings.check(unit, diagnostics);
            assertThat(diagnostics.messages().subList(before, diagnostics.messages().size()))
                    .as(name + ":\n" + diagnostics.render()).isEmpty();
        }
    }
}
