package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each student-facing diagnostic: exact text and position (line:col). */
class DiagnosticsTests {

    private static java.util.List<String> messages(String src) {
        return Parsed.of(src).messages();
    }

    @Test
    void undeclaredIdentifierIsReportedOncePerFunction() {
        assertThat(messages("int main(void) {\n  count++;\n  return count;\n}\n"))
                .containsExactly("2:3: error: 'count' undeclared; declare it before use");
    }

    @Test
    void implicitDeclarationIsAWarningAndReturnsInt() {
        Parsed p = Parsed.of("int main(void) {\n  int r = foo(1, 2);\n  return r;\n}\n");
        assertThat(p.messages())
                .containsExactly("2:11: warning: implicit declaration of function 'foo'; include its header or declare it");
        assertThat(p.function("foo").isImplicit()).isTrue();
        assertThat(p.function("foo").type().isPrototyped()).isFalse();
    }

    @Test
    void wrongNumberOfArguments() {
        assertThat(messages("int add(int a, int b);\nint main(void) {\n  add(1);\n  return add(1, 2, 3);\n}\n"))
                .containsExactly("3:6: error: too few arguments to function 'add' (expected 2, have 1)",
                        "4:20: error: too many arguments to function 'add' (expected 2, have 3)");
    }

    @Test
    void wrongNumberOfArgumentsThroughAFunctionPointer() {
        assertThat(messages("void f(void (*cb)(int)) {\n  cb();\n}\n"))
                .containsExactly("2:5: error: too few arguments to the function pointer (expected 1, have 0)");
    }

    @Test
    void incompatiblePointerAssignmentIsAWarning() {
        assertThat(messages("void f(void) {\n  int i = 0; char *c; int *p = &i;\n  c = p;\n}\n"))
                .containsExactly("3:5: warning: incompatible pointer types assigning 'int *' to 'char *'");
    }

    @Test
    void pointerFromIntegerAndQualifierDiscard() {
        assertThat(messages("void f(const char *s) {\n  char *p = s;\n  int *q = 42;\n}\n")).containsExactly(
                "2:13: warning: initializing 'const char *' to 'char *' discards the 'const' qualifier of the pointed-to type",
                "3:12: warning: initializing 'int' to 'int *' makes a pointer from an integer without a cast");
    }

    @Test
    void assigningToConst() {
        assertThat(messages("const int limit = 3;\nstruct s { const int id; } v;\nvoid f(const int *p) {\n"
                + "  limit = 4;\n  *p = 1;\n  v.id = 2;\n  limit++;\n}\n")).containsExactly(
                "4:9: error: cannot assign to 'limit' because it is const",
                "5:6: error: cannot assign to a read-only (const) location",
                "6:8: error: cannot assign to member 'id' because it is const",
                "7:8: error: cannot assign to 'limit' because it is const");
    }

    @Test
    void lvalueRequired() {
        assertThat(messages("void f(int a) {\n  a + 1 = 2;\n  5++;\n  int *p = &3;\n}\n")).containsExactly(
                "2:9: error: lvalue required as left operand of assignment",
                "3:4: error: lvalue required as increment operand",
                "4:12: error: lvalue required as unary '&' operand");
    }

    @Test
    void callingANonFunction() {
        assertThat(messages("int x;\nvoid f(void) {\n  x(1);\n}\n"))
                .containsExactly("3:4: error: called object is not a function or function pointer (its type is 'int')");
    }

    @Test
    void memberNotInStruct() {
        assertThat(messages("struct point { int x, y; };\nint f(struct point *p) {\n  return p->z;\n}\n"))
                .containsExactly("3:13: error: 'struct point' has no member named 'z'");
    }

    @Test
    void redeclarationWithADifferentType() {
        assertThat(messages("int x;\nlong x;\nint f(int);\ndouble f(int);\n")).containsExactly(
                "2:6: error: conflicting types for 'x' (it was declared as 'int' on line 1)",
                "4:8: error: conflicting types for 'f' (it was declared as 'int (int)' on line 3)");
    }

    @Test
    void missingSemicolonPointsAfterTheExpression() {
        assertThat(messages("int main(void) {\n  int x = 1\n  x = 2;\n  return x\n}\n")).containsExactly(
                "2:12: error: expected ';' after the declaration",
                "4:11: error: expected ';' after the return value");
        assertThat(messages("void f(int x) {\n  x = 1 x = 2;\n}\n"))
                .containsExactly("2:9: error: expected ';' after expression");
    }

    @Test
    void breakAndContinueOutsideLoops() {
        assertThat(messages("void f(int x) {\n  break;\n  switch (x) { case 1: continue; }\n}\n")).containsExactly(
                "2:3: error: 'break' is not inside a loop or switch",
                "3:24: error: 'continue' is not inside a loop");
    }

    @Test
    void duplicateCaseAndDefault() {
        assertThat(messages("void f(int x) {\n  switch (x) {\n  case 1: break;\n  case 2 - 1: break;\n"
                + "  default: break;\n  default: break;\n  }\n  case 3: ;\n}\n")).containsExactly(
                "4:3: error: duplicate case value 1 (first used on line 3)",
                "6:3: error: multiple default labels in one switch (the first is on line 5)",
                "8:3: error: 'case' label is not inside a switch statement");
    }

    @Test
    void undefinedAndDuplicateLabels() {
        assertThat(messages("void f(void) {\n  goto out;\n again: ;\n again: ;\n}\n")).containsExactly(
                "4:2: error: duplicate label 'again' (first defined on line 3)",
                "2:8: error: label 'out' used but not defined");
    }

    @Test
    void returnChecks() {
        assertThat(messages("int f(void) {\n  return;\n}\nvoid g(void) {\n  return 1;\n}\nint h(void) { }\n")).containsExactly(
                "2:3: warning: 'return' with no value, in function returning non-void",
                "5:10: warning: 'return' with a value, in function returning void",
                "7:15: warning: control reaches the end of non-void function 'h' without a return; add 'return ...;' before its '}'");
    }

    @Test
    void fallingOffTheEndIsOnlyWarnedWhenItCanHappen() {
        assertThat(messages("void exit(int);\n_Noreturn void die(const char *why);\nint dies(void) { die(\"x\"); }\n"
                + "int loops(void) { for (;;) { } }\n"
                + "int spins(int x) { while (1) { if (x) return 1; } }\n"
                + "int exits(void) { exit(1); }\n"
                + "int both(int x) { if (x) return 1; else return 2; }\n"
                + "int cases(int x) { switch (x) { case 1: return 1; default: return 0; } }\n"
                + "int leaves(int x) { while (1) { if (x) break; } }\n"
                + "int maybe(int x) { if (x) return 1; }\n"
                + "int main(void) { }\n")).containsExactly(
                "9:49: warning: control reaches the end of non-void function 'leaves' without a return; add 'return ...;' before its '}'",
                "10:37: warning: control reaches the end of non-void function 'maybe' without a return; add 'return ...;' before its '}'");
    }

    @Test
    void unsupportedConstructsSaySo() {
        assertThat(messages("struct flags { unsigned ready : 1; };\n_Complex double z;\nint g = _Generic(1.0f, int: 2);\n"))
                .containsExactly("2:1: error: '_Complex' is not supported by ThreadLab yet",
                        "3:9: error: no association in '_Generic' matches the type 'float'");
    }

    @Test
    void invalidOperandsAndSubscripts() {
        assertThat(messages("struct s { int a; } v;\nvoid f(int i, double d) {\n  v + 1;\n  i[2];\n  d % 2;\n}\n")).containsExactly(
                "3:5: error: invalid operands to binary + (have 'struct s' and 'int')",
                "4:4: error: subscripted value is neither an array nor a pointer, or the index is not an integer",
                "5:5: error: invalid operands to binary % (have 'double' and 'int')");
    }

    @Test
    void arraySizeMustBeConstantAtFileScopeAndPositive() {
        assertThat(messages("int n = 3;\nint a[n];\nint b[-1];\n")).containsExactly(
                "2:7: error: variable length array declared at file scope; its size must be a constant",
                "3:7: error: size of array is negative");
    }

    @Test
    void incompleteTypes() {
        assertThat(messages("struct later;\nstruct later x;\nvoid f(void) { struct later y; int s = sizeof(struct later); }\n"))
                .containsExactly("3:29: error: storage size of 'y' isn't known",
                        "3:40: error: invalid application of 'sizeof' to incomplete type 'struct later'",
                        "2:14: error: storage size of 'x' isn't known");
    }

    @Test
    void malformedLiteralsAreReportedByTheLiteralDecoder() {
        assertThat(messages("int a = 09;\nint b = 1uu;\n")).containsExactly(
                "1:9: error: invalid digit '9' in octal constant",
                "2:9: error: invalid suffix 'uu' on integer constant");
    }

    @Test
    void anEmptyCharacterConstantIsTheLexersToReport() {
        org.threadlab.cc.Diagnostics diags = new org.threadlab.cc.Diagnostics();
        org.threadlab.cc.SourceFile file = new org.threadlab.cc.SourceFile("t.c", "char c = '';\n");
        Parser.parse(org.threadlab.cc.lex.Lexer.tokenize(file, diags), diags);
        assertThat(diags.messages()).extracting(d -> d.pos().line() + ":" + d.pos().column() + ": " + d.message())
                .containsExactly("1:10: empty character constant; write '\\0' for the null character");
    }

    @Test
    void bitFieldMistakes() {
        assertThat(messages("struct s { int a : 33; double d : 2; int n : -1; int z : 0; _Bool b : 2; int ok : 3; };\n"
                + "void f(struct s *p) { int *q = &p->ok; unsigned long n = sizeof p->ok; }\n")).containsExactly(
                "1:18: error: width of bit-field 'a' exceeds its type (32 bits)",
                "1:33: error: bit-field 'd' has invalid type 'double'; use an integer type",
                "1:44: error: negative width in bit-field 'n'",
                "1:56: error: zero width for bit-field 'z'",
                "1:69: error: width of bit-field 'b' exceeds its type (1 bit)",
                "2:32: error: cannot take the address of bit-field 'ok'",
                "2:58: error: 'sizeof' applied to a bit-field");
    }

    @Test
    void threadLocalAsmAndDesignatorRangesAreReported() {
        assertThat(messages("_Thread_local int tls;\nint a[4] = { [0 ... 2] = 1 };\n"
                + "void f(void) {\n  __asm__ __volatile__(\"\" ::: \"memory\");\n  asm(\"nop\");\n}\n")).containsExactly(
                "1:1: error: '_Thread_local' (thread-local storage) is not supported by ThreadLab yet; use a local variable or pthread_getspecific",
                "2:17: error: designator ranges ('[a ... b] =') are not supported by ThreadLab yet",
                "5:3: error: inline assembly is not supported by ThreadLab (only the empty barrier asm(\"\" ::: \"memory\"))");
    }

    @Test
    void likelyMistakesInConditionsAreWarned() {
        assertThat(messages("int next(void);\nvoid f(int x) {\n  if (x = 5) x++;\n  while ((x = next())) ;\n  if (x == 1);\n}\n"))
                .containsExactly("3:7: warning: assignment used as a condition; did you mean '=='? (write '((...))' if the assignment is intended)",
                        "5:14: warning: empty body after 'if'; remove the ';' or write '{ }' if that is intended");
    }

    @Test
    void voidValuesCannotBeUsed() {
        assertThat(messages("void work(void);\nint f(void) {\n  int r = work();\n  return work();\n}\n")).containsExactly(
                "3:11: error: a 'void' value cannot be used; the function or expression returns nothing",
                "4:10: error: a 'void' value cannot be used; the function or expression returns nothing");
    }

    @Test
    void aggregatesNeedBracesAtTheTop() {
        assertThat(messages("struct pt { int x, y; };\nstruct pt p = 1;\nint a[3] = 5;\nstruct pt q = { 1, 2 }, r = q;\n"
                + "struct line { struct pt a, b; } l = { 1, 2, 3, 4 };\n")).containsExactly(
                "2:15: error: incompatible types when initializing 'int' to 'struct pt'",
                "3:12: error: an array needs a brace-enclosed initializer: '{ ... }'",
                "4:29: error: initializer element is not constant; a global needs a value known at compile time");
    }

    @Test
    void redefinitions() {
        assertThat(messages("int f(int a) {\n  int a = 2;\n  int b; char b;\n  return a;\n}\nint f(int a) { return a; }\n"))
                .containsExactly("2:7: error: redefinition of 'a'", "3:15: error: redefinition of 'b'",
                        "6:5: error: redefinition of function 'f' (first defined on line 1)");
    }

    @Test
    void unknownTypeNameAtFileScope() {
        assertThat(messages("pthread_t tid;\nint ok;\n"))
                .containsExactly("1:1: error: unknown type name 'pthread_t'");
    }
}
