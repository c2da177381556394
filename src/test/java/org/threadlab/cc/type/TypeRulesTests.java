package org.threadlab.cc.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TypeRulesTests {

    @Test
    void usualArithmeticConversionsOnLp64() {
        assertThat(TypeRules.usualArithmetic(Type.UINT, Type.LONG)).isSameAs(Type.LONG);
        assertThat(TypeRules.usualArithmetic(Type.INT, Type.UINT)).isSameAs(Type.UINT);
        assertThat(TypeRules.usualArithmetic(Type.ULONG, Type.LLONG)).isSameAs(Type.ULLONG);
        assertThat(TypeRules.usualArithmetic(Type.CHAR, Type.SHORT)).isSameAs(Type.INT);
        assertThat(TypeRules.usualArithmetic(Type.UCHAR, Type.USHORT)).isSameAs(Type.INT);
        assertThat(TypeRules.usualArithmetic(Type.LONG, Type.FLOAT)).isSameAs(Type.FLOAT);
        assertThat(TypeRules.usualArithmetic(Type.FLOAT, Type.DOUBLE)).isSameAs(Type.DOUBLE);
        assertThat(TypeRules.usualArithmetic(Type.BOOL, Type.BOOL)).isSameAs(Type.INT);
    }

    @Test
    void defaultArgumentPromotionWidensFloat() {
        assertThat(TypeRules.argumentPromote(Type.FLOAT)).isSameAs(Type.DOUBLE);
        assertThat(TypeRules.argumentPromote(Type.SHORT)).isSameAs(Type.INT);
        assertThat(TypeRules.argumentPromote(Type.ULONG)).isSameAs(Type.ULONG);
    }

    @Test
    void compatibilityFollowsSixTwoSeven() {
        Type p1 = Type.pointerTo(Type.INT);
        Type p2 = Type.pointerTo(Type.INT);
        assertThat(TypeRules.compatible(p1, p2)).isTrue();
        assertThat(TypeRules.compatible(Type.pointerTo(Type.INT), Type.pointerTo(Type.CHAR))).isFalse();
        assertThat(TypeRules.compatible(Type.INT, Type.INT.withConst())).isFalse();
        assertThat(TypeRules.compatible(Type.arrayOf(Type.INT, -1), Type.arrayOf(Type.INT, 4))).isTrue();
        assertThat(TypeRules.compatible(Type.arrayOf(Type.INT, 3), Type.arrayOf(Type.INT, 4))).isFalse();
        Type proto = Type.function(Type.INT, List.of(new Param("a", Type.INT, null)), false, true);
        Type knr = Type.function(Type.INT, List.of(), false, false);
        assertThat(TypeRules.compatible(proto, knr)).isTrue();
        assertThat(TypeRules.composite(knr, proto)).isSameAs(proto);
        Type other = Type.function(Type.INT, List.of(new Param("a", Type.LONG, null)), false, true);
        assertThat(TypeRules.compatible(proto, other)).isFalse();
        assertThat(TypeRules.composite(Type.arrayOf(Type.INT, -1), Type.arrayOf(Type.INT, 4)).arrayLength()).isEqualTo(4);
    }
}
