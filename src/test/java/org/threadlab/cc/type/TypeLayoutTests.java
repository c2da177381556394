package org.threadlab.cc.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Layouts checked against gcc 12 on x86-64 (sizeof/_Alignof/offsetof printed by a C program). */
class TypeLayoutTests {

    private static Type struct(String tag, boolean union, Type... members) {
        Aggregate a = new Aggregate(tag, union);
        List<Member> ms = new java.util.ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            ms.add(new Member("m" + i, members[i], 0, null));
        }
        a.complete(ms, 0);
        return Type.struct(a);
    }

    private static long offset(Type t, int i) {
        return t.members().get(i).offset();
    }

    @Test
    void scalarSizesAreLp64() {
        assertThat(List.of(Type.CHAR.size(), Type.SHORT.size(), Type.INT.size(), Type.LONG.size(), Type.LLONG.size(),
                Type.FLOAT.size(), Type.DOUBLE.size(), Type.BOOL.size(), Type.pointerTo(Type.VOID).size()))
                .containsExactly(1L, 2L, 4L, 8L, 8L, 4L, 8L, 1L, 8L);
    }

    @Test
    void charIntCharIsPaddedToTwelve() {
        // gcc: struct a { char c; int i; char d; } -> size 12, align 4, offsets 4 and 8
        Type t = struct("a", false, Type.CHAR, Type.INT, Type.CHAR);
        assertThat(t.size()).isEqualTo(12);
        assertThat(t.align()).isEqualTo(4);
        assertThat(offset(t, 1)).isEqualTo(4);
        assertThat(offset(t, 2)).isEqualTo(8);
    }

    @Test
    void doubleForcesEightByteAlignment() {
        // gcc: struct b { char c; double d; short s; } -> 24, 8, offsets 8 and 16
        Type t = struct("b", false, Type.CHAR, Type.DOUBLE, Type.SHORT);
        assertThat(t.size()).isEqualTo(24);
        assertThat(offset(t, 1)).isEqualTo(8);
        assertThat(offset(t, 2)).isEqualTo(16);
    }

    @Test
    void unionTakesTheLargestMemberRoundedToAlignment() {
        // gcc: union u { char c[5]; int i; } -> size 8, align 4
        Type t = struct("u", true, Type.arrayOf(Type.CHAR, 5), Type.INT);
        assertThat(t.size()).isEqualTo(8);
        assertThat(t.align()).isEqualTo(4);
        assertThat(offset(t, 1)).isZero();
    }

    @Test
    void flexibleArrayMemberAddsNoSize() {
        // gcc: struct flex { int n; char data[]; } -> 4, data at 4; struct { char c; double d[]; } -> 8, at 8
        Type f = struct("flex", false, Type.INT, Type.arrayOf(Type.CHAR, -1));
        assertThat(f.size()).isEqualTo(4);
        assertThat(offset(f, 1)).isEqualTo(4);
        assertThat(f.aggregate().hasFlexibleArrayMember()).isTrue();
        Type fd = struct("flexd", false, Type.CHAR, Type.arrayOf(Type.DOUBLE, -1));
        assertThat(fd.size()).isEqualTo(8);
        assertThat(offset(fd, 1)).isEqualTo(8);
    }

    @Test
    void nestedStructIsAlignedAsAWhole() {
        // gcc: struct nested { char c; struct { char x; long y; } in; char z; } -> 32, in at 8, z at 24
        Type in = struct(null, false, Type.CHAR, Type.LONG);
        Type t = struct("nested", false, Type.CHAR, in, Type.CHAR);
        assertThat(in.size()).isEqualTo(16);
        assertThat(t.size()).isEqualTo(32);
        assertThat(offset(t, 1)).isEqualTo(8);
        assertThat(offset(t, 2)).isEqualTo(24);
    }

    @Test
    void shortArrayStructHasAlignmentTwo() {
        // gcc: struct arr { short s[3]; char c; } -> size 8, align 2
        Type t = struct("arr", false, Type.arrayOf(Type.SHORT, 3), Type.CHAR);
        assertThat(t.size()).isEqualTo(8);
        assertThat(t.align()).isEqualTo(2);
    }

    private static Type bitStruct(boolean union, Member... members) {
        Aggregate a = new Aggregate("bf", union);
        a.complete(List.of(members), 0);
        return Type.struct(a);
    }

    @Test
    void bitFieldsShareStorageUnitsAsGccLaysThemOut() {
        // gcc: struct a { unsigned x:3; unsigned y:5; int z; } -> 8, align 4; y at bit 3 of unit 0; z at 4
        Type a = bitStruct(false, Member.bitField("x", Type.UINT, 3, null), Member.bitField("y", Type.UINT, 5, null),
                new Member("z", Type.INT, 0, null));
        assertThat(a.size()).isEqualTo(8);
        assertThat(a.members()).extracting(m -> m.offset() + ":" + m.bitOffset() + ":" + m.bitWidth())
                .containsExactly("0:0:3", "0:3:5", "4:0:-1");
        // gcc: struct b { char c; int x:20; int y:20; } -> 8; x at bit 8 of unit 0, y starts a new unit at 4
        Type b = bitStruct(false, new Member("c", Type.CHAR, 0, null), Member.bitField("x", Type.INT, 20, null),
                Member.bitField("y", Type.INT, 20, null));
        assertThat(b.size()).isEqualTo(8);
        assertThat(b.members()).extracting(m -> m.offset() + ":" + m.bitOffset()).containsExactly("0:0", "0:8", "4:0");
        // gcc: struct e { long x:40; int y:30; } -> 16, align 8, y at offset 8
        Type e = bitStruct(false, Member.bitField("x", Type.LONG, 40, null), Member.bitField("y", Type.INT, 30, null));
        assertThat(e.size()).isEqualTo(16);
        assertThat(e.members().get(1).offset()).isEqualTo(8);
    }

    @Test
    void unnamedAndZeroWidthBitFieldsOnlyPad() {
        // gcc: struct c { char c; unsigned :0; char d; } -> size 5, align 1, d at 4
        Type c = bitStruct(false, new Member("c", Type.CHAR, 0, null), Member.bitField(null, Type.UINT, 0, null),
                new Member("d", Type.CHAR, 0, null));
        assertThat(c.size()).isEqualTo(5);
        assertThat(c.align()).isEqualTo(1);
        assertThat(c.members()).extracting(Member::name).containsExactly("c", "d");
        // gcc: struct f { char c; int :4; } -> size 2, align 1
        Type f = bitStruct(false, new Member("c", Type.CHAR, 0, null), Member.bitField(null, Type.INT, 4, null));
        assertThat(f.size()).isEqualTo(2);
        // gcc: struct d { unsigned char a:4, b:4, c:4; } -> 2; struct g { short s:9; char c; } -> 4, align 2
        Type d = bitStruct(false, Member.bitField("a", Type.UCHAR, 4, null), Member.bitField("b", Type.UCHAR, 4, null),
                Member.bitField("c", Type.UCHAR, 4, null));
        assertThat(d.size()).isEqualTo(2);
        Type g = bitStruct(false, Member.bitField("s", Type.SHORT, 9, null), new Member("c", Type.CHAR, 0, null));
        assertThat(g.size()).isEqualTo(4);
        assertThat(g.align()).isEqualTo(2);
        // gcc: union u { int a:3; char b; } -> 4, align 4
        assertThat(bitStruct(true, Member.bitField("a", Type.INT, 3, null), new Member("b", Type.CHAR, 0, null)).size())
                .isEqualTo(4);
    }

    @Test
    void forwardDeclaredStructIsCompletedForEveryQualifiedCopy() {
        Aggregate a = new Aggregate("node", false);
        Type t = Type.struct(a);
        Type c = t.withConst();
        assertThat(c.isComplete()).isFalse();
        a.complete(List.of(new Member("next", Type.pointerTo(t), 0, null), new Member("v", Type.INT, 0, null)), 0);
        assertThat(c.isComplete()).isTrue();
        assertThat(c.size()).isEqualTo(16);
        assertThat(c.unqualified()).isSameAs(t);
    }

    @Test
    void typesSpellAsGccPrintsThem() {
        assertThat(Type.pointerTo(Type.INT)).hasToString("int *");
        assertThat(Type.pointerTo(Type.arrayOf(Type.CHAR, 10))).hasToString("char (*)[10]");
        Type fn = Type.function(Type.INT, List.of(new Param("x", Type.INT, null)), false, true);
        assertThat(Type.pointerTo(fn)).hasToString("int (*)(int)");
        assertThat(Type.pointerTo(Type.CHAR.withConst())).hasToString("const char *");
        assertThat(Type.arrayOf(Type.arrayOf(Type.INT, 3), 2)).hasToString("int[2][3]");
        assertThat(Type.function(Type.VOID, List.of(), false, true)).hasToString("void (void)");
        assertThat(Type.ULONG).hasToString("unsigned long");
    }

    @Test
    void typedefNamesShowInMessagesWithWhatTheyStandFor() {
        Type tid = Type.ULONG.withTypedefName("pthread_t");
        assertThat(tid).hasToString("pthread_t");
        assertThat(Type.pointerTo(tid).quoted()).isEqualTo("'pthread_t *' (aka 'unsigned long *')");
        assertThat(Type.INT.quoted()).isEqualTo("'int'");
        assertThat(tid.unqualified()).isSameAs(Type.ULONG);
        assertThat(TypeRules.compatible(tid, Type.ULONG)).isTrue();
    }
}
