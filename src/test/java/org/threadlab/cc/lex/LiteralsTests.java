package org.threadlab.cc.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.lex.NumberConstant.FloatConstant;
import org.threadlab.cc.lex.NumberConstant.FloatType;
import org.threadlab.cc.lex.NumberConstant.IntConstant;

class LiteralsTests {

    private final Diagnostics diagnostics = new Diagnostics();

    private Token token(String text) {
        return Lexer.tokenize(new SourceFile("t.c", text), diagnostics).get(0);
    }

    private IntConstant integer(String text) {
        return (IntConstant) Literals.parseNumber(token(text), diagnostics);
    }

    private FloatConstant floating(String text) {
        return (FloatConstant) Literals.parseNumber(token(text), diagnostics);
    }

    private List<String> messages() {
        return diagnostics.messages().stream().map(d -> d.pos() + ": " + d.message()).collect(Collectors.toList());
    }

    @Test
    void smallDecimalIsInt() {
        assertThat(integer("42")).isEqualTo(new IntConstant(42, IntType.INT));
    }

    @Test
    void decimalTooBigForIntIsLongNotUnsigned() {
        assertThat(integer("2147483648")).isEqualTo(new IntConstant(2147483648L, IntType.LONG));
        assertThat(integer("2147483647").type()).isEqualTo(IntType.INT);
    }

    @Test
    void hexTooBigForIntIsUnsignedInt() {
        assertThat(integer("0x80000000")).isEqualTo(new IntConstant(0x80000000L, IntType.UNSIGNED_INT));
        assertThat(integer("0xFFFFFFFF").type()).isEqualTo(IntType.UNSIGNED_INT);
        assertThat(integer("0x100000000").type()).isEqualTo(IntType.LONG);
        assertThat(integer("0x8000000000000000").type()).isEqualTo(IntType.UNSIGNED_LONG);
    }

    @Test
    void octalFollowsTheHexRules() {
        assertThat(integer("017")).isEqualTo(new IntConstant(15, IntType.INT));
        assertThat(integer("020000000000").type()).isEqualTo(IntType.UNSIGNED_INT);
        assertThat(integer("0")).isEqualTo(new IntConstant(0, IntType.INT));
    }

    @Test
    void unsignedSuffixPicksUnsignedTypes() {
        assertThat(integer("4294967296u")).isEqualTo(new IntConstant(4294967296L, IntType.UNSIGNED_LONG));
        assertThat(integer("1U").type()).isEqualTo(IntType.UNSIGNED_INT);
    }

    @Test
    void suffixesInAnyCaseAndOrder() {
        assertThat(integer("1l").type()).isEqualTo(IntType.LONG);
        assertThat(integer("1LL").type()).isEqualTo(IntType.LONG_LONG);
        assertThat(integer("1uL").type()).isEqualTo(IntType.UNSIGNED_LONG);
        assertThat(integer("1LU").type()).isEqualTo(IntType.UNSIGNED_LONG);
        assertThat(integer("1llu").type()).isEqualTo(IntType.UNSIGNED_LONG_LONG);
        assertThat(integer("0x1fUL")).isEqualTo(new IntConstant(31, IntType.UNSIGNED_LONG));
        assertThat(diagnostics.messages()).isEmpty();
    }

    @Test
    void mixedCaseLongLongIsAnInvalidSuffix() {
        integer("1lL");
        assertThat(messages()).containsExactly("t.c:1:1: invalid suffix 'lL' on integer constant");
    }

    @Test
    void unknownSuffixIsReported() {
        assertThat(integer("12abc")).isEqualTo(new IntConstant(0, IntType.INT));
        assertThat(messages()).containsExactly("t.c:1:1: invalid suffix 'abc' on integer constant");
    }

    @Test
    void invalidOctalDigitIsReported() {
        integer("0129");
        assertThat(messages()).containsExactly("t.c:1:1: invalid digit '9' in octal constant");
    }

    @Test
    void binaryConstantsAsGccAccepts() {
        assertThat(integer("0b101")).isEqualTo(new IntConstant(5, IntType.INT));
    }

    @Test
    void largestUnsignedLongFitsAndOneMoreIsTooLarge() {
        assertThat(integer("18446744073709551615u")).isEqualTo(new IntConstant(-1L, IntType.UNSIGNED_LONG));
        assertThat(integer("0xFFFFFFFFFFFFFFFF").type()).isEqualTo(IntType.UNSIGNED_LONG);
        integer("18446744073709551616");
        assertThat(messages()).containsExactly(
                "t.c:1:1: integer constant '18446744073709551616' is too large for any integer type");
    }

    @Test
    void decimalBeyondLongLongMaxIsUnsignedWithAWarning() {
        assertThat(integer("9223372036854775808").type()).isEqualTo(IntType.UNSIGNED_LONG_LONG);
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(diagnostics.messages()).hasSize(1);
    }

    @Test
    void floatingConstantsAndTheirTypes() {
        assertThat(floating("1.5")).isEqualTo(new FloatConstant(1.5, FloatType.DOUBLE));
        assertThat(floating("1.5e-3f")).isEqualTo(new FloatConstant((float) 1.5e-3, FloatType.FLOAT));
        assertThat(floating("1e+5")).isEqualTo(new FloatConstant(1e5, FloatType.DOUBLE));
        assertThat(floating(".25L")).isEqualTo(new FloatConstant(0.25, FloatType.LONG_DOUBLE));
        assertThat(floating("3.")).isEqualTo(new FloatConstant(3.0, FloatType.DOUBLE));
    }

    @Test
    void hexFloatingConstants() {
        assertThat(floating("0x1.8p1")).isEqualTo(new FloatConstant(3.0, FloatType.DOUBLE));
        assertThat(floating("0x1p-2f")).isEqualTo(new FloatConstant(0.25, FloatType.FLOAT));
    }

    @Test
    void malformedFloatingConstantIsReported() {
        floating("1.5e");
        floating("0x1.8");
        assertThat(messages()).containsExactly("t.c:1:1: invalid floating constant '1.5e'",
                "t.c:1:1: hexadecimal floating constant '0x1.8' needs an exponent; add p0");
    }

    private CharConstant character(String text) {
        return Literals.decodeChar(token(text), diagnostics);
    }

    @Test
    void characterConstantsAreIntsWithSignedCharValues() {
        assertThat(character("'a'").value()).isEqualTo(97);
        assertThat(character("'\\xff'").value()).isEqualTo(-1);
        assertThat(character("'\\377'").value()).isEqualTo(-1);
        assertThat(character("'\\0'").value()).isEqualTo(0);
    }

    @Test
    void everySimpleEscape() {
        String[] escapes = {"\\n", "\\t", "\\\\", "\\'", "\\\"", "\\?", "\\a", "\\b", "\\f", "\\r", "\\v"};
        int[] values = {10, 9, 92, 39, 34, 63, 7, 8, 12, 13, 11};
        for (int i = 0; i < escapes.length; i++) {
            assertThat(character("'" + escapes[i] + "'").value()).as(escapes[i]).isEqualTo(values[i]);
        }
        assertThat(diagnostics.messages()).isEmpty();
    }

    @Test
    void multiCharacterConstantPacksBytesWithAWarning() {
        assertThat(character("'ab'").value()).isEqualTo(('a' << 8) | 'b');
        assertThat(messages()).containsExactly("t.c:1:1: multi-character character constant");
    }

    @Test
    void wideAndUnicodeCharacterConstants() {
        assertThat(character("L'\\u00e9'")).isEqualTo(new CharConstant(0xe9, Encoding.WIDE));
        assertThat(character("u'\\xffff'")).isEqualTo(new CharConstant(0xffff, Encoding.UTF16));
        assertThat(character("U'\\U0001F600'")).isEqualTo(new CharConstant(0x1F600, Encoding.UTF32));
    }

    @Test
    void unknownEscapeWarnsAndKeepsTheCharacter() {
        assertThat(character("'\\q'").value()).isEqualTo('q');
        assertThat(messages()).containsExactly("t.c:1:1: unknown escape sequence '\\q'");
    }

    private StringLiteral string(String text) {
        return Literals.decodeString(token(text), diagnostics);
    }

    @Test
    void plainStringsAreUtf8Bytes() {
        assertThat(string("\"h\\x41\\101\\n\"").units()).containsExactly('h', 'A', 'A', '\n');
        assertThat(string("\"\u00e9\"").units()).containsExactly(0xC3, 0xA9);
        assertThat(string("u8\"\\u20ac\"").units()).containsExactly(0xE2, 0x82, 0xAC);
    }

    @Test
    void octalEscapeStopsAfterThreeDigitsAndHexRunsOn() {
        assertThat(string("\"\\1234\"").units()).containsExactly(0123, '4');
        assertThat(string("\"\\x41g\"").units()).containsExactly(0x41, 'g');
    }

    @Test
    void hexEscapeOutOfRangeWarns() {
        assertThat(string("\"\\x141\"").units()).containsExactly(0x41);
        assertThat(messages()).containsExactly("t.c:1:1: hex escape sequence out of range");
    }

    @Test
    void wideStringsGiveCodeUnitsWithTheirElementSize() {
        StringLiteral u16 = string("u\"a\\U0001F600\"");
        assertThat(u16.units()).containsExactly('a', 0xD83D, 0xDE00);
        assertThat(u16.encoding().elementSize()).isEqualTo(2);
        StringLiteral wide = string("L\"a\\U0001F600\"");
        assertThat(wide.units()).containsExactly('a', 0x1F600);
        assertThat(wide.toBytes()).containsExactly(97, 0, 0, 0, 0, 0xF6, 1, 0, 0, 0, 0, 0);
        assertThat(wide.length()).isEqualTo(3);
    }

    @Test
    void incompleteUniversalCharacterNameIsReported() {
        string("\"\\u12\"");
        assertThat(messages()).containsExactly("t.c:1:1: incomplete universal character name \\u12; write 4 hex digits");
    }

    @Test
    void adjacentStringsJoinWithThePrefixOfAnyPart() {
        List<Token> tokens = Lexer.tokenize(new SourceFile("t.c", "\"ab\" L\"c\" \"d\""), diagnostics);
        StringLiteral s = Literals.decodeStrings(tokens.subList(0, 3), diagnostics);
        assertThat(s.encoding()).isEqualTo(Encoding.WIDE);
        assertThat(s.units()).containsExactly('a', 'b', 'c', 'd');
    }

    @Test
    void joiningDifferentPrefixesIsAnError() {
        List<Token> tokens = Lexer.tokenize(new SourceFile("t.c", "L\"a\" u\"b\""), diagnostics);
        Literals.decodeStrings(tokens.subList(0, 2), diagnostics);
        assertThat(messages()).containsExactly("t.c:1:6: cannot join string literals with different prefixes 'L' and 'u'");
    }

    @Test
    void unterminatedStringStillDecodes() {
        assertThat(string("\"abc").units()).containsExactly('a', 'b', 'c');
    }
}
