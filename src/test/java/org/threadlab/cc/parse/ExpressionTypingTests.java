package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.ast.AstPrinter;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.type.Type;

class ExpressionTypingTests {

    private static String typeOf(String decls, String expr) {
        return Parsed.expr(decls, expr).type().toString();
    }

    private static String tree(String decls, String expr) {
        return AstPrinter.print(Parsed.expr(decls, expr));
    }

    @Test
    void unsignedIntPlusLongIsLong() {
        assertThat(typeOf("unsigned int u; long l;", "u + l")).isEqualTo("long");
        assertThat(tree("unsigned int u; long l;", "u + l"))
                .isEqualTo("(+ [long] (cast [long] (var u [unsigned int])) (var l [long]))");
    }

    @Test
    void unsignedLongPlusLongLongIsUnsignedLongLong() {
        assertThat(typeOf("unsigned long a; long long b;", "a + b")).isEqualTo("unsigned long long");
    }

    @Test
    void minusOneLessThanZeroUnsignedComparesAsUnsigned() {
        Expr e = Parsed.expr("", "-1 < 0u");
        assertThat(e.type()).isSameAs(Type.INT);
        assertThat(AstPrinter.print(e))
                .isEqualTo("(< [int] (cast [unsigned int] (neg [int] (const 1 [int]))) (const 0 [unsigned int]))");
    }

    @Test
    void charsArePromotedToIntInArithmetic() {
        assertThat(typeOf("char a, b;", "a + b")).isEqualTo("int");
        assertThat(typeOf("unsigned short s;", "-s")).isEqualTo("int");
        assertThat(typeOf("char c;", "c << 1L")).isEqualTo("int");
    }

    @Test
    void floatingConversionsWin() {
        assertThat(typeOf("float f; long l;", "f * l")).isEqualTo("float");
        assertThat(typeOf("float f; double d;", "f + d")).isEqualTo("double");
        assertThat(typeOf("", "1.0f")).isEqualTo("float");
        assertThat(typeOf("", "1e3")).isEqualTo("double");
    }

    @Test
    void pointerArithmeticIsScaledByTheElementSize() {
        assertThat(tree("int *p; int i;", "p + i"))
                .isEqualTo("(+ [int *] (var p [int *]) (* [long] (cast [long] (var i [int])) (const 4 [long])))");
        assertThat(typeOf("int *p, *q;", "p - q")).isEqualTo("long");
        assertThat(typeOf("char *p;", "1 + p")).isEqualTo("char *");
        assertThat(typeOf("double a[10];", "a + 1")).isEqualTo("double *");
    }

    @Test
    void subscriptIsDereferenceOfPointerSum() {
        assertThat(tree("int a[3];", "a[1]")).isEqualTo(
                "(* [int] (+ [int *] (cast [int *] (var a [int[3]])) (* [long] (cast [long] (const 1 [int])) (const 4 [long]))))");
        assertThat(typeOf("int m[2][3];", "m[1]")).isEqualTo("int[3]");
        assertThat(typeOf("int m[2][3];", "m[1][2]")).isEqualTo("int");
        assertThat(typeOf("int a[3];", "2[a]")).isEqualTo("int");
    }

    @Test
    void sizeofIsFoldedAndUnsignedLong() {
        Expr e = Parsed.expr("struct s { char c; double d; }; int a[10];", "sizeof(struct s) + sizeof a + sizeof(int *)");
        assertThat(e.type()).isSameAs(Type.ULONG);
        assertThat(ConstEvaluator.integerValue(e)).isEqualTo(16L + 40 + 8);
        assertThat(ConstEvaluator.integerValue(Parsed.expr("", "_Alignof(double)"))).isEqualTo(8L);
        assertThat(ConstEvaluator.integerValue(Parsed.expr("", "sizeof(char[7])"))).isEqualTo(7L);
        assertThat(ConstEvaluator.integerValue(Parsed.expr("", "sizeof \"abc\""))).isEqualTo(4L);
    }

    @Test
    void comparisonsAndLogicalOperatorsAreInt() {
        assertThat(typeOf("double d; char *p;", "d > 1 && p")).isEqualTo("int");
        assertThat(typeOf("double d;", "!d")).isEqualTo("int");
    }

    @Test
    void assignmentHasTheTypeOfTheTarget() {
        assertThat(tree("char c; int i;", "c = i")).isEqualTo("(= [char] (var c [char]) (cast [char] (var i [int])))");
        assertThat(tree("double d; int i;", "i += d"))
                .isEqualTo("(+= [double] (var i [int]) (var d [double]))");
        assertThat(tree("int *p;", "p += 2"))
                .isEqualTo("(+= [int *] (var p [int *]) (* [long] (cast [long] (const 2 [int])) (const 4 [long])))");
    }

    @Test
    void incrementOfPointerStepsByElementSize() {
        assertThat(tree("long *p;", "p++")).isEqualTo("(post+8 [long *] (var p [long *]))");
        assertThat(tree("int i;", "--i")).isEqualTo("(pre-1 [int] (var i [int]))");
    }

    @Test
    void conditionalUsesCommonTypeAndNullPointer() {
        assertThat(typeOf("int i; long l; int c;", "c ? i : l")).isEqualTo("long");
        assertThat(typeOf("char *p; int c;", "c ? p : 0")).isEqualTo("char *");
        assertThat(typeOf("char *p; void *v; int c;", "c ? p : v")).isEqualTo("void *");
    }

    @Test
    void memberAccessThroughArrowAndDot() {
        String decls = "struct point { int x; long y; } pt, *pp;";
        assertThat(tree(decls, "pp->y")).isEqualTo("(.y@8 [long] (* [struct point] (var pp [struct point *])))");
        assertThat(typeOf(decls, "&pt.x")).isEqualTo("int *");
    }

    @Test
    void anonymousUnionMembersAreReachable() {
        String decls = "struct v { int tag; union { int i; double d; }; } v;";
        assertThat(tree(decls, "v.d")).isEqualTo("(.d@0 [double] (.<anon>@8 [union <anonymous>] (var v [struct v])))");
    }

    @Test
    void callsConvertArgumentsAndPromoteVariadicOnes() {
        String decls = "int printf(const char *fmt, ...); double sq(double x); float f; char c;";
        assertThat(tree(decls, "sq(3)")).isEqualTo("(call [double] (func sq) (cast [double] (const 3 [int])))");
        assertThat(tree(decls, "printf(\"%f %d\", f, c)")).isEqualTo(
                "(call [int] (func printf) (cast [char *] (var .L.str.0 [char[6]])) (cast [double] (var f [float])) (cast [int] (var c [char])))");
    }

    @Test
    void callThroughFunctionPointer() {
        assertThat(typeOf("int (*fp)(int); ", "fp(1)")).isEqualTo("int");
        assertThat(typeOf("int (*fp)(int); ", "(*fp)(1)")).isEqualTo("int");
        assertThat(typeOf("int g(int);", "(&g)(2)")).isEqualTo("int");
    }

    @Test
    void literalTypesFollowTheSuffixRules() {
        assertThat(typeOf("", "2147483647")).isEqualTo("int");
        assertThat(typeOf("", "2147483648")).isEqualTo("long");
        assertThat(typeOf("", "0xffffffff")).isEqualTo("unsigned int");
        assertThat(typeOf("", "10UL")).isEqualTo("unsigned long");
        assertThat(typeOf("", "10ll")).isEqualTo("long long");
        assertThat(typeOf("", "'a'")).isEqualTo("int");
        assertThat(ConstEvaluator.integerValue(Parsed.expr("", "'\\n' + '\\x41' + '\\101'"))).isEqualTo(10L + 65 + 65);
        assertThat(ConstEvaluator.integerValue(Parsed.expr("", "'\\xff'"))).isEqualTo(-1L);
        assertThat(ConstEvaluator.integerValue(Parsed.expr("", "010 + 0x10 + 0b11"))).isEqualTo(8L + 16 + 3);
    }

    @Test
    void statementExpressionHasTheTypeOfItsLastExpression() {
        assertThat(typeOf("", "({ int x = 2; x * 2.0; })")).isEqualTo("double");
    }

    @Test
    void compoundLiteralIsAnLvalue() {
        Expr e = Parsed.expr("struct p { int x, y; };", "(struct p){1, 2}.y");
        assertThat(e.isLvalue()).isTrue();
        assertThat(e.type()).isSameAs(Type.INT);
    }

    @Test
    void takingTheAddressMarksTheLocal() {
        Parsed p = Parsed.of("void f(void) { int a = 1; int b = 2; int *q = &a; int arr[2]; b++; }");
        assertThat(p.function("f").locals()).extracting(v -> v.name() + ":" + v.isAddressTaken())
                .containsExactly("a:true", "b:false", "q:false", "arr:true");
    }

    @Test
    void atomicBuiltinsAreTypedFromTheirObject() {
        assertThat(tree("long total;", "__sync_fetch_and_add(&total, 1)"))
                .isEqualTo("(call [long] (func __sync_fetch_and_add) (& [long *] (var total [long])) (cast [long] (const 1 [int])))");
        assertThat(typeOf("int *p; int v;", "__sync_bool_compare_and_swap(&v, 0, 1)")).isEqualTo("_Bool");
        assertThat(typeOf("char c;", "__atomic_load_n(&c, 5)")).isEqualTo("char");
        assertThat(typeOf("", "__sync_synchronize()")).isEqualTo("void");
        assertThat(Parsed.of("void f(int x) { __sync_fetch_and_add(x, 1); }").errors()).containsExactly(
                "1:37: the first argument of '__sync_fetch_and_add' must be a pointer to an integer or pointer object");
    }

    @Test
    void narrowBitFieldsPromoteToInt() {
        // gcc: struct a { unsigned x:3; } s = {7}; s.x - 8 < 0 is 1 (the bit-field promotes to int)
        assertThat(typeOf("struct a { unsigned x:3; unsigned long w:40; } s;", "s.x - 8")).isEqualTo("int");
        assertThat(typeOf("struct a { unsigned x:3; unsigned long w:40; } s;", "s.w + 1")).isEqualTo("unsigned long");
        assertThat(tree("struct a { unsigned x:3; } s;", "s.x = 9"))
                .isEqualTo("(= [unsigned int] (.x@0 [unsigned int] (var s [struct a])) (cast [unsigned int] (const 9 [int])))");
    }

    @Test
    void genericSelectionPicksTheCompatibleAssociation() {
        String decls = "const char *s; long l; int a[3];";
        assertThat(tree(decls, "_Generic(l, int: 1, long: 2, default: 3)")).isEqualTo("(const 2 [int])");
        assertThat(tree(decls, "_Generic(s, char *: 1, const char *: 2)")).isEqualTo("(const 2 [int])");
        assertThat(tree(decls, "_Generic(a, int *: 1, default: 3)")).isEqualTo("(const 1 [int])");
        assertThat(tree(decls, "_Generic('x', char: 1, default: 3)")).isEqualTo("(const 3 [int])");
    }
}
