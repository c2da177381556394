package org.threadlab.cc.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.Diagnostic;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;

class LexerTests {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<Token> lex(String text) {
        return Lexer.tokenize(new SourceFile("t.c", text), diagnostics);
    }

    private List<String> texts(String text) {
        return lex(text).stream().filter(t -> t.kind() != TokenKind.EOF).map(Token::text).collect(Collectors.toList());
    }

    private List<String> messages() {
        return diagnostics.messages().stream().map(d -> d.pos() + ": " + d.message()).collect(Collectors.toList());
    }

    @Test
    void emptySourceGivesOnlyEof() {
        List<Token> tokens = lex("");
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).kind()).isEqualTo(TokenKind.EOF);
    }

    @Test
    void identifiersAllowDollarAndDigitsAfterTheFirstCharacter() {
        List<Token> tokens = lex("foo _bar $x a1_2");
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.IDENTIFIER, TokenKind.IDENTIFIER,
                TokenKind.IDENTIFIER, TokenKind.IDENTIFIER, TokenKind.EOF);
        assertThat(texts("foo _bar $x a1_2")).containsExactly("foo", "_bar", "$x", "a1_2");
    }

    @Test
    void keywordsStayIdentifiers() {
        assertThat(lex("int while").get(0).kind()).isEqualTo(TokenKind.IDENTIFIER);
    }

    @Test
    void ppNumbersTakeSuffixesExponentsAndDots() {
        assertThat(texts("0x1fUL 1.5e-3f 1e+5 .5 1..2 0x1p-3 12abc 0x1e+5"))
                .containsExactly("0x1fUL", "1.5e-3f", "1e+5", ".5", "1..2", "0x1p-3", "12abc", "0x1e+5");
        assertThat(lex("1.5e-3f").get(0).kind()).isEqualTo(TokenKind.NUMBER);
    }

    @Test
    void minusAfterAnOrdinaryLetterEndsTheNumber() {
        assertThat(texts("1a-2")).containsExactly("1a", "-", "2");
    }

    @Test
    void punctuatorsUseLongestMatch() {
        assertThat(texts("a<<=b>>=c...->++--&&||##%=#!=<=>=<<>>"))
                .containsExactly("a", "<<=", "b", ">>=", "c", "...", "->", "++", "--", "&&", "||", "##", "%=", "#",
                        "!=", "<=", ">=", "<<", ">>");
    }

    @Test
    void twoDotsAreTwoPunctuators() {
        assertThat(texts("a..b")).containsExactly("a", ".", ".", "b");
    }

    @Test
    void stringLiteralsKeepPrefixAndEscapesVerbatim() {
        List<Token> tokens = lex("\"a\\\"b\\n\" L\"w\" u\"x\" U\"y\" u8\"z\"");
        assertThat(tokens).extracting(Token::text)
                .containsExactly("\"a\\\"b\\n\"", "L\"w\"", "u\"x\"", "U\"y\"", "u8\"z\"", "");
        assertThat(tokens.subList(0, 5)).allMatch(t -> t.kind() == TokenKind.STRING);
    }

    @Test
    void characterConstantsKeepPrefix() {
        List<Token> tokens = lex("'a' '\\'' L'x' u'y' U'z'");
        assertThat(tokens).extracting(Token::text).containsExactly("'a'", "'\\''", "L'x'", "u'y'", "U'z'", "");
        assertThat(tokens.subList(0, 5)).allMatch(t -> t.kind() == TokenKind.CHAR);
    }

    @Test
    void identifierNamedLikeAPrefixIsAnIdentifier() {
        assertThat(lex("L u8 U").subList(0, 3)).allMatch(t -> t.kind() == TokenKind.IDENTIFIER);
    }

    @Test
    void commentsBecomeSpace() {
        List<Token> tokens = lex("a/*x*/b//c\nd");
        assertThat(tokens).extracting(Token::text).containsExactly("a", "b", "d", "");
        assertThat(tokens.get(1).spaceBefore()).isTrue();
        assertThat(tokens.get(2).lineStart()).isTrue();
    }

    @Test
    void commentMarkersInsideStringsAreText() {
        assertThat(texts("\"/* no */\" '//'")).containsExactly("\"/* no */\"", "'//'");
    }

    @Test
    void lineSplicesJoinLinesButKeepOriginalPositions() {
        List<Token> tokens = lex("ab\\\ncd e\\\r\nf\n  g");
        assertThat(tokens).extracting(Token::text).containsExactly("abcd", "ef", "g", "");
        assertThat(tokens.get(1).pos().line()).isEqualTo(2);
        assertThat(tokens.get(1).pos().column()).isEqualTo(4);
        assertThat(tokens.get(2).pos().line()).isEqualTo(4);
        assertThat(tokens.get(2).pos().column()).isEqualTo(3);
        assertThat(tokens.get(2).lineStart()).isTrue();
    }

    @Test
    void spliceInsideLineCommentContinuesTheComment() {
        assertThat(texts("// a \\\n b\nc")).containsExactly("c");
    }

    @Test
    void spaceBeforeAndLineStartFlags() {
        List<Token> tokens = lex("a b\n\tc(d");
        assertThat(tokens).extracting(Token::spaceBefore).containsExactly(false, true, true, false, false, false);
        assertThat(tokens).extracting(Token::lineStart).containsExactly(true, false, true, false, false, true);
    }

    @Test
    void positionsAreLineAndColumn() {
        List<Token> tokens = lex("int x;\n  return 1;");
        assertThat(tokens.get(3).pos().toString()).isEqualTo("t.c:2:3");
    }

    @Test
    void unterminatedStringIsReportedAndLexingContinues() {
        List<Token> tokens = lex("x = \"abc;\ny;");
        assertThat(messages()).containsExactly("t.c:1:5: unterminated string literal; add the closing \"");
        assertThat(tokens).extracting(Token::text).containsExactly("x", "=", "\"abc;", "y", ";", "");
    }

    @Test
    void unterminatedCharacterConstantIsReported() {
        lex("c = 'a;\n");
        assertThat(messages()).containsExactly("t.c:1:5: unterminated character constant; add the closing '");
    }

    @Test
    void emptyCharacterConstantIsReported() {
        lex("c = '';");
        assertThat(messages()).containsExactly("t.c:1:5: empty character constant; write '\\0' for the null character");
    }

    @Test
    void unterminatedCommentIsReportedAtItsStart() {
        List<Token> tokens = lex("a\n  /* never closed\nb c");
        assertThat(messages()).containsExactly("t.c:2:3: unterminated comment; close it with */");
        assertThat(tokens).extracting(Token::text).containsExactly("a", "");
    }

    @Test
    void strayCharacterIsReportedAndKeptAsItsOwnToken() {
        List<Token> tokens = lex("a @ b `");
        assertThat(messages()).containsExactly("t.c:1:3: stray '@' in program; remove it",
                "t.c:1:7: stray '`' in program; remove it");
        assertThat(tokens).extracting(Token::text).containsExactly("a", "@", "b", "`", "");
        assertThat(Lexer.isPunctuator("@")).isFalse();
        assertThat(Lexer.isPunctuator("<<=")).isTrue();
        assertThat(diagnostics.messages()).allMatch(Diagnostic::isError);
    }

    @Test
    void eofIsAtTheEndOfTheFile() {
        Token eof = lex("a\nb").get(2);
        assertThat(eof.kind()).isEqualTo(TokenKind.EOF);
        assertThat(eof.pos().toString()).isEqualTo("t.c:2:2");
    }

    @Test
    void lexErrorsAreAttachedToTheFollowingTokenForThePreprocessor() {
        Lexer.LexedFile lexed = Lexer.lex(new SourceFile("t.c", "a\n'b\nc"));
        assertThat(lexed.errors()).hasSize(1);
        assertThat(lexed.errors().get(0).tokenIndex()).isEqualTo(1);
        assertThat(lexed.tokens().get(1).text()).isEqualTo("'b");
    }

    @Test
    void oneMegabyteSourceLexesWithoutErrors() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("int count_").append(sb.length()).append(" = 0x1f + 'a' * \"str\\n\"; /* c */ // x\n");
        }
        List<Token> tokens = lex(sb.toString());
        assertThat(tokens.size()).isGreaterThan(100_000);
        assertThat(diagnostics.hasErrors()).isFalse();
    }
}
