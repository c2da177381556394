package org.threadlab.vm.interp;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The explorer's snapshots share a blocked thread's pending {@link Completion} between a machine
 * and its copy, which is sound only when the completion holds no state of its own run: it may
 * capture numbers, strings and other such completions, and must reach everything else through
 * the {@link BuiltinCall} it is given. This checks that, by the fields of the closure's class.
 */
final class Completions {
    /** Per completion class: null when it captures only numbers and strings, else its completion fields. */
    private static final ClassValue<Object> CAPTURES = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            List<Field> nested = new ArrayList<>();
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Class<?> t = f.getType();
                if (t == Completion.class && f.trySetAccessible()) {
                    nested.add(f);
                } else if (!t.isPrimitive() && t != String.class) {
                    return type.getName() + " captures a " + t.getSimpleName();
                }
            }
            return nested.isEmpty() ? null : nested.toArray(new Field[0]);
        }
    };

    private Completions() {
    }

    /** {@code c} itself when a machine and its copy may share it; throws UnsupportedOperationException if not. */
    static Completion requireCopyable(Completion c) {
        if (c == null) {
            return null;
        }
        Object captures = CAPTURES.get(c.getClass());
        if (captures instanceof String why) {
            throw new UnsupportedOperationException("a pending call cannot be copied: " + why);
        }
        if (captures instanceof Field[] nested) {
            for (Field f : nested) {
                try {
                    requireCopyable((Completion) f.get(c));
                } catch (IllegalAccessException e) {
                    throw new UnsupportedOperationException("a pending call cannot be copied: " + e.getMessage(), e);
                }
            }
        }
        return c;
    }
}
