package org.threadlab.cc.pp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.threadlab.cc.Diagnostic;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.lex.Lexer;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/*
 * Overview. Translation phase 4, as chibicc's preprocess(): read tokens from a stack of files and
 * macro expansions (TokenStream); a '#' that starts a line of a file begins a directive, an
 * identifier naming a macro expands (MacroExpander), anything else goes to the output. Conditional
 * groups are a stack; a false group is skipped token by token up to its #elif/#else/#endif, and a
 * group still open when its file ends is reported at its #if. Each file is lexed once per compile
 * and its tokens shared by every inclusion. Predefined macros are the definitions of a
 * "<built-in>" file, then -D/-U are those of a "<command line>" file, processed like any source.
 */

/** The C preprocessor: a main file in, the token list for the parser out. */
public final class Preprocessor {
    private static final long MAX_INCLUDED_TOKENS = 20_000_000;

    /** The predefined macros: an LP64 Linux x86-64 target that is not gcc. __DATE__/__TIME__ are fixed. */
    static final String PREDEFINED = String.join("\n",
            "#define __STDC__ 1",
            "#define __STDC_VERSION__ 201112L",
            "#define __STDC_HOSTED__ 1",
            "#define __STDC_UTF_16__ 1",
            "#define __STDC_UTF_32__ 1",
            "#define __STDC_NO_COMPLEX__ 1",
            "#define __linux__ 1",
            "#define __linux 1",
            "#define linux 1",
            "#define __unix__ 1",
            "#define __unix 1",
            "#define unix 1",
            "#define __gnu_linux__ 1",
            "#define __ELF__ 1",
            "#define __x86_64__ 1",
            "#define __x86_64 1",
            "#define __LP64__ 1",
            "#define _LP64 1",
            "#define __CHAR_BIT__ 8",
            "#define __SIZEOF_SHORT__ 2",
            "#define __SIZEOF_INT__ 4",
            "#define __SIZEOF_LONG__ 8",
            "#define __SIZEOF_LONG_LONG__ 8",
            "#define __SIZEOF_POINTER__ 8",
            "#define __SIZEOF_FLOAT__ 4",
            "#define __SIZEOF_DOUBLE__ 8",
            "#define __SIZEOF_LONG_DOUBLE__ 8",
            "#define __SIZEOF_SIZE_T__ 8",
            "#define __SIZEOF_WCHAR_T__ 4",
            "#define __SCHAR_MAX__ 127",
            "#define __SHRT_MAX__ 32767",
            "#define __INT_MAX__ 2147483647",
            "#define __LONG_MAX__ 9223372036854775807L",
            "#define __LONG_LONG_MAX__ 9223372036854775807LL",
            "#define __ORDER_LITTLE_ENDIAN__ 1234",
            "#define __ORDER_BIG_ENDIAN__ 4321",
            "#define __BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__",
            // The memory orders of the __atomic builtins, as gcc and clang predefine them.
            "#define __ATOMIC_RELAXED 0",
            "#define __ATOMIC_CONSUME 1",
            "#define __ATOMIC_ACQUIRE 2",
            "#define __ATOMIC_RELEASE 3",
            "#define __ATOMIC_ACQ_REL 4",
            "#define __ATOMIC_SEQ_CST 5",
            "#define __DATE__ \"Jan  1 2025\"",
            "#define __TIME__ \"00:00:00\"",
            "#define __TIMESTAMP__ \"Wed Jan  1 00:00:00 2025\"",
            "#define __THREADLAB__ 1",
            "");

    private static final List<String> DYNAMIC = List.of("__FILE__", "__LINE__", "__COUNTER__", "__INCLUDE_LEVEL__",
            "__BASE_FILE__");

    /** One open conditional group. */
    private static final class Conditional {
        final String directive;
        final SourcePos pos;
        boolean inElse;
        boolean taken;

        Conditional(String directive, SourcePos pos, boolean taken) {
            this.directive = directive;
            this.pos = pos;
            this.taken = taken;
        }
    }

    private record Included(SourceFile file, Lexer.LexedFile lexed) {
    }

    private final PreprocessorConfig config;
    private final Diagnostics diagnostics;
    private final Map<String, Macro> macros = new LinkedHashMap<>();
    private final TokenStream stream;
    private final MacroExpander expander;
    private final List<Token> output = new ArrayList<>();
    private final List<Conditional> conditionals = new ArrayList<>();
    private final Set<String> onceFiles = new HashSet<>();
    private final Map<String, Included> included = new LinkedHashMap<>();
    private long includedTokens;
    private boolean ifNestingReported;
    private boolean includeBudgetReported;

    private Preprocessor(PreprocessorConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.stream = new TokenStream(diagnostics);
        this.expander = new MacroExpander(macros, diagnostics, stream, config.maxExpansionTokens());
        for (String name : DYNAMIC) {
            macros.put(name, Macro.dynamic(name));
        }
        expander.setDirectiveHandler(this::directive);
    }

    /** True for a defined macro, and for __has_include, which #ifdef can test as gcc allows. */
    private boolean isDefined(String name) {
        return macros.containsKey(name) || name.equals("__has_include");
    }

    /**
     * Preprocesses {@code main}: returns its tokens after directives, macro expansion and
     * inclusion, ending in EOF. Keywords stay IDENTIFIER tokens. Problems go to {@code diagnostics}.
     */
    public static List<Token> preprocess(SourceFile main, PreprocessorConfig config, Diagnostics diagnostics) {
        Preprocessor pp = new Preprocessor(config, diagnostics);
        pp.runFile(new SourceFile("<built-in>", PREDEFINED));
        pp.runFile(new SourceFile("<command line>", commandLine(config)));
        pp.output.clear();
        pp.expander.setBaseFile(main.name());
        return pp.runFile(main);
    }

    /** {@link #preprocess} with files from disk and no options. */
    public static List<Token> preprocess(SourceFile main, Diagnostics diagnostics) {
        return preprocess(main, PreprocessorConfig.defaults(), diagnostics);
    }

    private static String commandLine(PreprocessorConfig config) {
        StringBuilder sb = new StringBuilder();
        for (PreprocessorConfig.MacroOption o : config.macroOptions()) {
            if (o.value() == null) {
                sb.append("#undef ").append(o.name()).append('\n');
            } else {
                String value = o.value().replace('\n', ' ').replace('\r', ' ');
                sb.append("#define ").append(o.name()).append(' ').append(value)
                        .append(value.endsWith("\\") ? " \n" : "\n");
            }
        }
        return sb.toString();
    }

    private List<Token> runFile(SourceFile file) {
        Lexer.LexedFile lexed = Lexer.lex(file);
        included.put(file.name(), new Included(file, lexed));
        stream.pushFile(lexed.tokens(), file, lexed.errors(), conditionals.size());
        while (true) {
            Token t = stream.next();
            if (t.kind() == TokenKind.EOF) {
                endOfFile();
                if (stream.fileDepth() == 0) {
                    output.add(t);
                    return output;
                }
                continue;
            }
            if (t.is("#") && t.lineStart() && t.expandedAt() == null && stream.lastFromFile()) {
                directive(t);
                continue;
            }
            if (expander.tryExpand(t, stream)) {
                continue;
            }
            if (t.is("_Pragma") && pragmaOperator(t)) {
                continue;
            }
            if (t.kind() == TokenKind.PUNCTUATOR && !Lexer.isPunctuator(t.text())) {
                diagnostics.add(Lexer.strayError(t.text(), t.reportPos()));
            }
            output.add(t);
        }
    }

    private void endOfFile() {
        TokenStream.Frame f = stream.popFile();
        while (conditionals.size() > f.condDepthAtStart) {
            Conditional c = conditionals.remove(conditionals.size() - 1);
            diagnostics.error(c.pos, c.directive.length(), "unterminated #" + c.directive + "; add the matching #endif");
        }
    }

    /** C99's {@code _Pragma("...")}: consumed and ignored, like other pragmas. */
    private boolean pragmaOperator(Token t) {
        Token open = stream.peek();
        if (open == null || !open.is("(")) {
            return false;
        }
        stream.next();
        Token s = stream.next();
        Token close = s != null && s.kind() != TokenKind.EOF ? stream.peek() : null;
        if (s == null || s.kind() != TokenKind.STRING || close == null || !close.is(")")) {
            diagnostics.error(t.reportPos(), t.text().length(), "_Pragma takes a string literal in parentheses");
            if (s != null && s.kind() != TokenKind.EOF) {
                stream.unread(s);
            }
            return true;
        }
        stream.next();
        return true;
    }

    /** The rest of the directive's line, consumed. */
    private List<Token> readLine(boolean skipping) {
        List<Token> line = new ArrayList<>();
        for (Token t = stream.peek(); t != null && !t.lineStart() && t.kind() != TokenKind.EOF; t = stream.peek()) {
            line.add(stream.next(skipping));
        }
        return line;
    }

    private void directive(Token hash) {
        Token first = stream.peek();
        if (first == null || first.lineStart() || first.kind() == TokenKind.EOF) {
            return;
        }
        Token name = stream.next();
        // The text of #error and #warning is free prose, so "don't" is no unterminated constant there.
        boolean prose = name.is("error") || name.is("warning");
        List<Token> rest = readLine(prose);
        if (name.kind() == TokenKind.NUMBER) {
            List<Token> line = new ArrayList<>(rest);
            line.add(0, name);
            lineDirective(name, line);
            return;
        }
        switch (name.kind() == TokenKind.IDENTIFIER ? name.text() : "") {
            case "include", "include_next" -> include(name, rest);
            case "define" -> define(name, rest);
            case "undef" -> undef(name, rest);
            case "if" -> pushConditional(name, ConditionalExpression.evaluate(rest, name, this::isDefined,
                    this::hasInclude, expander, diagnostics));
            case "ifdef", "ifndef" -> pushConditional(name, ifdef(name, rest));
            case "elif", "elifdef", "elifndef" -> elif(name, rest);
            case "else" -> elseDirective(name, rest);
            case "endif" -> endif(name, rest);
            case "line" -> lineDirective(name, rest);
            case "pragma" -> pragma(rest);
            case "error" -> diagnostics.error(name.pos(), name.text().length(), "#error" + message(rest));
            case "warning" -> diagnostics.warning(name.pos(), name.text().length(), "#warning" + message(rest));
            default -> diagnostics.error(name.pos(), name.text().length(), "invalid preprocessing directive #"
                    + name.text() + "; check the spelling");
        }
    }

    private static String message(List<Token> rest) {
        StringBuilder sb = new StringBuilder();
        for (Token t : rest) {
            sb.append(sb.length() == 0 || t.spaceBefore() ? " " : "").append(t.text());
        }
        return sb.toString();
    }

    private void extraTokens(Token directive, List<Token> rest, int expected) {
        if (rest.size() > expected) {
            Token t = rest.get(expected);
            diagnostics.warning(t.pos(), t.text().length(), "extra tokens at end of #" + directive.text()
                    + " directive; remove them");
        }
    }

    private void define(Token directive, List<Token> rest) {
        Macro m = DefineParser.parse(directive, rest, diagnostics);
        if (m == null) {
            return;
        }
        Macro old = macros.get(m.name());
        if (old != null && !old.sameDefinitionAs(m)) {
            diagnostics.warning(rest.get(0).pos(), m.name().length(), "'" + m.name() + "' macro redefined");
            if (old.definedAt() != null) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.NOTE, old.definedAt(), m.name().length(),
                        "previous definition is here"));
            }
        }
        macros.put(m.name(), m);
    }

    private void undef(Token directive, List<Token> rest) {
        if (rest.isEmpty() || rest.get(0).kind() != TokenKind.IDENTIFIER) {
            Token at = rest.isEmpty() ? directive : rest.get(0);
            diagnostics.error(at.pos(), at.text().length(), "#undef needs a macro name");
            return;
        }
        extraTokens(directive, rest, 1);
        macros.remove(rest.get(0).text());
    }

    private boolean ifdef(Token directive, List<Token> rest) {
        if (rest.isEmpty() || rest.get(0).kind() != TokenKind.IDENTIFIER) {
            Token at = rest.isEmpty() ? directive : rest.get(0);
            diagnostics.error(at.pos(), at.text().length(), "#" + directive.text() + " needs a macro name");
            return false;
        }
        extraTokens(directive, rest, 1);
        boolean defined = isDefined(rest.get(0).text());
        return directive.text().endsWith("ifdef") == defined;
    }

    private void pushConditional(Token directive, boolean value) {
        if (conditionals.size() >= config.maxIfNesting() && !ifNestingReported) {
            ifNestingReported = true;
            diagnostics.error(directive.pos(), directive.text().length(), "#if nested too deeply (more than "
                    + config.maxIfNesting() + " levels)");
        }
        conditionals.add(new Conditional(directive.text(), directive.pos(), value));
        if (!value) {
            skipGroup();
        }
    }

    /** The innermost open conditional of the current file, or null (after reporting) when there is none. */
    private Conditional openConditional(Token directive) {
        TokenStream.Frame f = stream.currentFile();
        if (conditionals.size() <= f.condDepthAtStart) {
            diagnostics.error(directive.pos(), directive.text().length(), "#" + directive.text()
                    + " without #if; remove it or add the #if");
            return null;
        }
        return conditionals.get(conditionals.size() - 1);
    }

    private void elif(Token directive, List<Token> rest) {
        Conditional c = openConditional(directive);
        if (c == null) {
            return;
        }
        if (c.inElse) {
            diagnostics.error(directive.pos(), directive.text().length(), "#elif after #else; move it before the #else");
        }
        if (c.taken) {
            skipGroup();
            return;
        }
        c.taken = directive.text().equals("elif")
                ? ConditionalExpression.evaluate(rest, directive, this::isDefined, this::hasInclude, expander, diagnostics)
                : ifdef(directive, rest);
        if (!c.taken) {
            skipGroup();
        }
    }

    private void elseDirective(Token directive, List<Token> rest) {
        Conditional c = openConditional(directive);
        if (c == null) {
            return;
        }
        extraTokens(directive, rest, 0);
        if (c.inElse) {
            diagnostics.error(directive.pos(), directive.text().length(), "#else after #else; remove one of them");
        }
        c.inElse = true;
        if (c.taken) {
            skipGroup();
        } else {
            c.taken = true;
        }
    }

    private void endif(Token directive, List<Token> rest) {
        if (openConditional(directive) != null) {
            extraTokens(directive, rest, 0);
            conditionals.remove(conditionals.size() - 1);
        }
    }

    /** Skips the current group: stops before the #elif, #else or #endif that belongs to it, or at EOF. */
    private void skipGroup() {
        TokenStream.Frame f = stream.currentFile();
        int depth = 0;
        while (true) {
            Token t = f.tokens.get(f.index);
            if (t.kind() == TokenKind.EOF) {
                return;
            }
            if (t.is("#") && t.lineStart()) {
                Token d = f.tokens.get(f.index + 1);
                if (!d.lineStart() && d.kind() == TokenKind.IDENTIFIER) {
                    switch (d.text()) {
                        case "if", "ifdef", "ifndef" -> depth++;
                        case "elif", "elifdef", "elifndef", "else" -> {
                            if (depth == 0) {
                                return;
                            }
                        }
                        case "endif" -> {
                            if (depth == 0) {
                                return;
                            }
                            depth--;
                        }
                        default -> {
                        }
                    }
                }
            }
            stream.next(true);
        }
    }

    private boolean hasInclude(String name, boolean angled) {
        return config.resolver().resolve(name, angled, stream.currentFile().file).isPresent();
    }

    private void include(Token directive, List<Token> rest) {
        HeaderName header = HeaderName.parse(rest);
        if (header == null && !rest.isEmpty()) {
            header = HeaderName.parse(expander.expandAll(rest));
        }
        if (header == null) {
            Token at = rest.isEmpty() ? directive : rest.get(0);
            diagnostics.error(at.reportPos(), at.text().length(), "#include expects \"FILENAME\" or <FILENAME>");
            return;
        }
        if (header.extra() != null) {
            diagnostics.warning(header.extra().reportPos(), header.extra().text().length(),
                    "extra tokens at end of #include directive; remove them");
        }
        if (stream.fileDepth() > config.maxIncludeDepth()) {
            diagnostics.error(directive.pos(), directive.text().length(), "#include nested too deeply (more than "
                    + config.maxIncludeDepth() + " levels); look for a file that includes itself");
            return;
        }
        SourceFile includer = stream.currentFile().file;
        Optional<SourceFile> found = config.resolver().resolve(header.name(), header.angled(), includer);
        Token at = header.at();
        if (found.isEmpty()) {
            diagnostics.error(at.reportPos(), at.text().length(), "'" + header.name()
                    + "' file not found; check the name or pass -I DIR");
            return;
        }
        String key = found.get().name();
        if (onceFiles.contains(key)) {
            return;
        }
        Included inc = included.computeIfAbsent(key, k -> new Included(found.get(), Lexer.lex(found.get())));
        includedTokens += inc.lexed().tokens().size();
        if (includedTokens > MAX_INCLUDED_TOKENS) {
            if (!includeBudgetReported) {
                includeBudgetReported = true;
                diagnostics.error(at.reportPos(), at.text().length(), "the included files are too large (more than "
                        + MAX_INCLUDED_TOKENS + " tokens); look for a file included over and over");
            }
            return;
        }
        stream.pushFile(inc.lexed().tokens(), inc.file(), inc.lexed().errors(), conditionals.size());
    }

    private void pragma(List<Token> rest) {
        if (!rest.isEmpty() && rest.get(0).is("once")) {
            onceFiles.add(stream.currentFile().file.name());
        }
    }

    /** {@code #line N ["file"]} and gcc's {@code # N "file"}: sets what __LINE__ and __FILE__ say from the next line. */
    private void lineDirective(Token directive, List<Token> rest) {
        List<Token> args = !rest.isEmpty() && rest.get(0).kind() == TokenKind.NUMBER ? rest : expander.expandAll(rest);
        if (args.isEmpty() || args.get(0).kind() != TokenKind.NUMBER || !args.get(0).text().matches("[0-9]+")
                || args.get(0).text().length() > 10) {
            Token at = args.isEmpty() ? directive : args.get(0);
            diagnostics.error(at.reportPos(), at.text().length(), "#line expects a line number, a positive integer");
            return;
        }
        TokenStream.Frame f = stream.currentFile();
        long newLine = Long.parseLong(args.get(0).text());
        int nextLine = directive.pos().line() + 1;
        f.lineDelta = (int) (newLine - nextLine);
        if (args.size() > 1 && args.get(1).kind() == TokenKind.STRING && args.get(1).text().startsWith("\"")) {
            String s = args.get(1).text();
            f.fileName = s.substring(1, s.length() - 1);
        }
    }
}
