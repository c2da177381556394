package org.threadlab.vm.lib;

import java.util.function.IntPredicate;

import org.threadlab.vm.interp.BuiltinRegistry;

/** ctype.h in the "C" locale: ASCII classification; EOF and bytes above 127 are in no class. */
final class CtypeLib {
    private CtypeLib() {
    }

    private static void is(BuiltinRegistry r, String name, IntPredicate p) {
        r.register(name, c -> {
            int ch = (int) c.arg(0);
            return ch >= 0 && ch < 128 && p.test(ch) ? 1 : 0;
        });
    }

    static void install(BuiltinRegistry r) {
        is(r, "isdigit", ch -> ch >= '0' && ch <= '9');
        is(r, "isalpha", ch -> ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z');
        is(r, "isalnum", ch -> ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z');
        is(r, "isspace", ch -> ch == ' ' || ch >= 9 && ch <= 13);
        is(r, "isupper", ch -> ch >= 'A' && ch <= 'Z');
        is(r, "islower", ch -> ch >= 'a' && ch <= 'z');
        is(r, "isxdigit", ch -> Character.digit(ch, 16) >= 0);
        is(r, "isprint", ch -> ch >= 32 && ch < 127);
        is(r, "isgraph", ch -> ch > 32 && ch < 127);
        is(r, "iscntrl", ch -> ch < 32 || ch == 127);
        is(r, "ispunct", ch -> ch > 32 && ch < 127 && !Character.isLetterOrDigit(ch));
        is(r, "isblank", ch -> ch == ' ' || ch == '\t');
        r.register("toupper", c -> c.arg(0) >= 'a' && c.arg(0) <= 'z' ? c.arg(0) - 32 : (int) c.arg(0));
        r.register("tolower", c -> c.arg(0) >= 'A' && c.arg(0) <= 'Z' ? c.arg(0) + 32 : (int) c.arg(0));
    }
}
