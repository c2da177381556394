package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.type.Type;

class LiteralDecoderTests {

    @Test
    void integerTypesFollowSixFourFourOne() {
        assertThat(LiteralDecoder.number("42").type()).isSameAs(Type.INT);
        assertThat(LiteralDecoder.number("4294967295").type()).isSameAs(Type.LONG);
        assertThat(LiteralDecoder.number("0x80000000").type()).isSameAs(Type.UINT);
        assertThat(LiteralDecoder.number("0x100000000").type()).isSameAs(Type.LONG);
        assertThat(LiteralDecoder.number("0xffffffffffffffff").type()).isSameAs(Type.ULONG);
        assertThat(LiteralDecoder.number("18446744073709551615").type()).isSameAs(Type.ULONG);
        assertThat(LiteralDecoder.number("7u").type()).isSameAs(Type.UINT);
        assertThat(LiteralDecoder.number("7lu").type()).isSameAs(Type.ULONG);
        assertThat(LiteralDecoder.number("7LL").type()).isSameAs(Type.LLONG);
        assertThat(LiteralDecoder.number("7uLL").type()).isSameAs(Type.ULLONG);
        assertThat(LiteralDecoder.number("0777").value()).isEqualTo(511);
        assertThat(LiteralDecoder.number("0").value()).isZero();
        assertThat(LiteralDecoder.number("0b1010").value()).isEqualTo(10);
    }

    @Test
    void malformedIntegersAreRejectedWithASentence() {
        assertThatThrownBy(() -> LiteralDecoder.number("7lL")).hasMessage("invalid suffix 'lL' on integer constant");
        assertThatThrownBy(() -> LiteralDecoder.number("0x")).hasMessage("invalid integer constant '0x'");
        assertThatThrownBy(() -> LiteralDecoder.number("99999999999999999999")).hasMessage("integer constant '99999999999999999999' is too large");
        assertThatThrownBy(() -> LiteralDecoder.number("12abc")).hasMessage("invalid suffix 'abc' on integer constant");
    }

    @Test
    void floatingConstants() {
        assertThat(LiteralDecoder.number("1.5").fvalue()).isEqualTo(1.5);
        assertThat(LiteralDecoder.number("1.5f").type()).isSameAs(Type.FLOAT);
        assertThat(LiteralDecoder.number("2e3L").type()).isSameAs(Type.DOUBLE);
        assertThat(LiteralDecoder.number("0x1.8p1").fvalue()).isEqualTo(3.0);
        assertThat(LiteralDecoder.number(".25").fvalue()).isEqualTo(0.25);
        assertThat(LiteralDecoder.number("0.1f").fvalue()).isEqualTo((double) 0.1f);
    }

    @Test
    void characterConstants() {
        assertThat(LiteralDecoder.character("'a'").value()).isEqualTo(97);
        assertThat(LiteralDecoder.character("'\\0'").value()).isZero();
        assertThat(LiteralDecoder.character("'\\377'").value()).isEqualTo(-1);
        assertThat(LiteralDecoder.character("'\\''").value()).isEqualTo(39);
        assertThat(LiteralDecoder.character("'ab'").value()).isEqualTo(0x6162);
        assertThat(LiteralDecoder.character("L'\\x263A'").value()).isEqualTo(0x263A);
        assertThat(LiteralDecoder.character("u'x'").type()).isSameAs(Type.USHORT);
        assertThatThrownBy(() -> LiteralDecoder.character("'\\q'")).hasMessage("unknown escape sequence '\\q'");
    }

    @Test
    void stringsDecodeEscapesAndUtf8() {
        assertThat(LiteralDecoder.string("\"a\\tb\\n\"").units()).containsExactly('a', 9, 'b', 10);
        assertThat(LiteralDecoder.string("\"\\x41\\101\"").units()).containsExactly(65, 65);
        assertThat(LiteralDecoder.string("\"é\"").units()).containsExactly(0xc3, 0xa9);
        assertThat(LiteralDecoder.string("u8\"é\"").elementType()).isSameAs(Type.CHAR);
        assertThat(LiteralDecoder.string("L\"é\"").units()).containsExactly(0xe9);
        assertThat(LiteralDecoder.string("L\"x\"").elementType()).isSameAs(Type.INT);
        assertThat(LiteralDecoder.string("U\"x\"").elementType()).isSameAs(Type.UINT);
    }
}
