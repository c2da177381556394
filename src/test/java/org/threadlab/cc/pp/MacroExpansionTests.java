package org.threadlab.cc.pp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

class MacroExpansionTests {

    private final Pp pp = new Pp();

    private String expand(String... lines) {
        return pp.normalized(String.join("\n", lines) + "\n");
    }

    @Test
    void objectLikeMacroExpandsAndRescans() {
        assertThat(expand("#define N 10", "#define M (N + 1)", "int a[M];")).isEqualTo("int a[(10 + 1)];");
    }

    @Test
    void selfReferentialMacroExpandsOnce() {
        assertThat(expand("#define foo foo", "foo;")).isEqualTo("foo;");
        assertThat(expand("#define x (4 + x)", "x")).isEqualTo("(4 + x)");
    }

    @Test
    void mutuallyRecursiveMacrosStop() {
        assertThat(expand("#define a b", "#define b a", "a b")).isEqualTo("a b");
    }

    @Test
    void functionLikeMacroNameWithoutParenthesisIsNotExpanded() {
        assertThat(expand("#define f(x) [x]", "int f; f (1) f", "(2)")).isEqualTo("int f; [1] [2]");
    }

    @Test
    void argumentsAreFullyExpandedBeforeSubstitution() {
        assertThat(expand("#define N 3", "#define twice(x) ((x) + (x))", "twice(N)")).isEqualTo("((3) + (3))");
    }

    @Test
    void nestedParenthesesAndCommasInArguments() {
        assertThat(expand("#define first(a, b) a", "first((1, 2), 3)")).isEqualTo("(1, 2)");
    }

    @Test
    void argumentsMaySpanLines() {
        assertThat(expand("#define add(a, b) a + b", "add(1,", "  2)")).isEqualTo("1 + 2");
    }

    @Test
    void stringizeNormalisesSpacesAndEscapesQuotes() {
        assertThat(expand("#define s(x) #x", "s(  a   +\tb  )", "s(\"a\\n\" 'c')", "s()"))
                .isEqualTo("\"a + b\" \"\\\"a\\\\n\\\" 'c'\" \"\"");
    }

    @Test
    void stringizeDoesNotExpandItsArgument() {
        assertThat(expand("#define N 4", "#define s(x) #x", "#define xs(x) s(x)", "s(N) xs(N)"))
                .isEqualTo("\"N\" \"4\"");
    }

    @Test
    void pastingMakesOneTokenThatIsRescanned() {
        assertThat(expand("#define cat(a, b) a ## b", "#define xy 42", "cat(x, y) cat(+, =) cat(1, e5)"))
                .isEqualTo("42 += 1e5");
        assertThat(pp.tokens.get(1).kind()).isEqualTo(TokenKind.PUNCTUATOR);
        assertThat(pp.tokens.get(1).text()).isEqualTo("+=");
    }

    @Test
    void pasteOperandsAreNotExpanded() {
        assertThat(expand("#define N 1", "#define cat(a, b) a ## b", "cat(N, N)")).isEqualTo("NN");
    }

    @Test
    void pastingInAnObjectLikeMacro() {
        assertThat(expand("#define AB ok", "#define X A ## B", "X")).isEqualTo("ok");
    }

    @Test
    void invalidPasteIsReportedAndKeepsBothTokens() {
        String out = expand("#define cat(a, b) a ## b", "cat(., +)");
        assertThat(out).isEqualTo(". +");
        assertThat(pp.messages()).containsExactly(
                "main.c:2:1: error: pasting \".\" and \"+\" does not give a valid preprocessing token");
    }

    @Test
    void stringizedOperandCanBePasted() {
        assertThat(expand("#define f(x) #x ## x", "f(a)")).isEqualTo("\"a\"a");
        assertThat(pp.messages()).hasSize(1);
    }

    @Test
    void variadicMacroWithNamedParameters() {
        assertThat(expand("#define log(fmt, ...) printf(fmt, __VA_ARGS__)", "log(\"%d %d\", 1, 2)"))
                .isEqualTo("printf(\"%d %d\", 1, 2)");
    }

    @Test
    void gnuCommaPasteSwallowsTheCommaWhenNoVariableArguments() {
        assertThat(expand("#define log(fmt, ...) printf(fmt, ## __VA_ARGS__)", "log(\"a\") log(\"b\", 1)"))
                .isEqualTo("printf(\"a\") printf(\"b\", 1)");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void gnuNamedVariadicParameter() {
        assertThat(expand("#define log(fmt, args...) printf(fmt, args)", "log(\"%d\", 1, 2)"))
                .isEqualTo("printf(\"%d\", 1, 2)");
    }

    @Test
    void vaOptAppearsOnlyWithVariableArguments() {
        assertThat(expand("#define F(a, ...) f(a __VA_OPT__(,) __VA_ARGS__)", "F(1) F(1, 2, 3)"))
                .isEqualTo("f(1) f(1, 2, 3)");
    }

    @Test
    void hidesetsFollowProsser() {
        // From the gcc manual: the inner f is in the hideset of the outer expansion only through g.
        assertThat(expand("#define f(x) x g", "#define g f", "f(1)(2)")).isEqualTo("1 f(2)");
    }

    @Test
    void macroProducingFunctionLikeNameUsesFollowingParenthesis() {
        assertThat(expand("#define f(x) (x)", "#define g f", "g(1)")).isEqualTo("(1)");
    }

    @Test
    void emptyMacroExpandsToNothing() {
        assertThat(expand("#define EMPTY", "a EMPTY b")).isEqualTo("a b");
    }

    @Test
    void undefRemovesAMacro() {
        assertThat(expand("#define X 1", "#undef X", "X")).isEqualTo("X");
    }

    @Test
    void identicalRedefinitionIsSilentAndDifferentOneWarns() {
        expand("#define X 1 + 2", "#define X 1  +  2", "#define X 1+2");
        assertThat(pp.messages()).containsExactly("main.c:3:9: warning: 'X' macro redefined",
                "main.c:2:9: note: previous definition is here");
    }

    @Test
    void expandedTokensPointAtTheInvocation() {
        expand("#define N 10", "int x = N;");
        Token ten = pp.tokens.get(3);
        assertThat(ten.text()).isEqualTo("10");
        assertThat(ten.pos().line()).isEqualTo(1);
        assertThat(ten.reportPos().toString()).isEqualTo("main.c:2:9");
        assertThat(ten.hideset()).containsExactly("N");
    }

    @Test
    void lineAndFileGiveTheInvocation() {
        assertThat(expand("#define HERE __FILE__ __LINE__", "", "HERE", "__LINE__")).isEqualTo("\"main.c\" 3 4");
    }

    @Test
    void counterCountsUp() {
        assertThat(expand("__COUNTER__ __COUNTER__ __COUNTER__")).isEqualTo("0 1 2");
    }

    @Test
    void predefinedMacrosDescribeTheTarget() {
        assertThat(expand("__STDC__ __STDC_VERSION__ __STDC_HOSTED__ __linux__ __linux linux __unix__ unix",
                "__x86_64__ __LP64__ _LP64 __CHAR_BIT__ __SIZEOF_INT__ __SIZEOF_LONG__ __SIZEOF_POINTER__",
                "__SIZEOF_LONG_LONG__ __SIZEOF_SHORT__ __SIZEOF_FLOAT__ __SIZEOF_DOUBLE__ __THREADLAB__"))
                .isEqualTo("1 201112L 1 1 1 1 1 1 1 1 1 8 4 8 8 8 2 4 8 1");
    }

    @Test
    void theAtomicBuiltinsMemoryOrdersArePredefinedAsGccDoes() {
        assertThat(expand("__ATOMIC_RELAXED __ATOMIC_CONSUME __ATOMIC_ACQUIRE __ATOMIC_RELEASE __ATOMIC_ACQ_REL",
                "__ATOMIC_SEQ_CST")).isEqualTo("0 1 2 3 4 5");
    }

    @Test
    void gccAndNdebugAreNotDefined() {
        assertThat(expand("__GNUC__ NDEBUG")).isEqualTo("__GNUC__ NDEBUG");
    }

    @Test
    void dateAndTimeAreFixedForDeterminism() {
        assertThat(pp.run("__DATE__ __TIME__\n")).isEqualTo("\"Jan  1 2025\" \"00:00:00\"\n");
    }

    @Test
    void commandLineDefinesAndUndefinesInOrder() {
        pp.config.define("N", "5").define("DEBUG").defineOption("EMPTY=").undefine("linux").defineOption("V=a b");
        assertThat(expand("N DEBUG [EMPTY] linux V")).isEqualTo("5 1 [] linux a b");
    }

    @Test
    void keywordsStayIdentifiers() {
        expand("int x;");
        assertThat(pp.tokens.get(0).kind()).isEqualTo(TokenKind.IDENTIFIER);
        assertThat(pp.tokens.get(pp.tokens.size() - 1).kind()).isEqualTo(TokenKind.EOF);
    }

    @Test
    void pragmaOperatorIsRemoved() {
        assertThat(expand("a _Pragma(\"once\") b")).isEqualTo("a b");
    }

    @Test
    void standardRescanExampleGivesGccsChoice() {
        // C11 6.10.3.4p4: either "2*f(9)" or "2*9*g" is allowed; gcc (and chibicc) give the latter.
        assertThat(expand("#define f(a) a*g", "#define g(a) f(a)", "f(2)(9)")).isEqualTo("2*9*g");
    }

    @Test
    void stringizingAnArgumentThatIsAMacroNameKeepsTheName() {
        assertThat(expand("#define EMPTY", "#define s(x) #x", "s(EMPTY) s(a\\b) s('\\n')"))
                .isEqualTo("\"EMPTY\" \"a\\b\" \"'\\\\n'\"");
    }

    @Test
    void functionLikeNameFollowedByADirectiveIsNotACall() {
        assertThat(expand("#define f(x) [x]", "f", "#define X", "(1)")).isEqualTo("f (1)");
    }

    @Test
    void vaOptCanBePasted() {
        assertThat(expand("#define F(a, ...) a ## __VA_OPT__(_more)", "F(x) F(x, 1)")).isEqualTo("x x_more");
    }

    @Test
    void variadicMacroWithOnlyVariableArguments() {
        assertThat(expand("#define V(...) [__VA_ARGS__]", "V() V(a) V(a, (b, c))")).isEqualTo("[] [a] [a, (b, c)]");
    }

    @Test
    void commandLineFunctionLikeDefineAndTrailingBackslash() {
        pp.config.define("SQ(x)", "((x)*(x))").define("B", "a\\").define("C", "2");
        assertThat(expand("SQ(3) C")).isEqualTo("((3)*(3)) 2");
    }

    @Test
    void invalidCommandLineNamesAreRejectedAtOnce() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PreprocessorConfig.builder().define("1X"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PreprocessorConfig.builder().undefine("f(x)"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
