package org.threadlab.cc.parse;

import java.util.LinkedHashMap;
import java.util.Map;

import org.threadlab.cc.type.Type;

/**
 * One block scope (C11 6.2.1): ordinary identifiers (variables, functions, typedef names,
 * enum constants) and, separately, struct/union/enum tags.
 */
final class Scope {
    /** A typedef name and the type it stands for. */
    record TypedefName(Type type) {
    }

    /** An enumeration constant. */
    record EnumConst(long value, Type type) {
    }

    final Map<String, Object> ordinary = new LinkedHashMap<>();
    final Map<String, Type> tags = new LinkedHashMap<>();
}
