package org.threadlab.cc.pp;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.lex.Lexer.LexError;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/**
 * The preprocessor's input: a stack of frames, each a token list with a cursor. A file frame holds
 * a whole lexed file (ending in its EOF token) and reports the file's lexical errors as its tokens
 * are read, dropping those of skipped code. A macro expansion pushes an expansion frame on top, so
 * rescanning reads the expansion and then the rest of the input, as chibicc's linked lists do.
 */
final class TokenStream {

    /** One frame: tokens and a cursor; {@code file} is null for an expansion. */
    static final class Frame {
        final List<Token> tokens;
        int index;
        final SourceFile file;
        final List<LexError> errors;
        int errorIndex;
        final int condDepthAtStart;
        int lineDelta;
        String fileName;

        Frame(List<Token> tokens, SourceFile file, List<LexError> errors, int condDepthAtStart) {
            this.tokens = tokens;
            this.file = file;
            this.errors = errors;
            this.condDepthAtStart = condDepthAtStart;
            this.fileName = file != null ? file.name() : null;
        }

        boolean isFile() {
            return file != null;
        }
    }

    private final List<Frame> frames = new ArrayList<>();
    private final Diagnostics diagnostics;
    private boolean lastFromFile;
    private int fileDepth;

    TokenStream(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void pushFile(List<Token> tokens, SourceFile file, List<LexError> errors, int condDepth) {
        frames.add(new Frame(tokens, file, errors, condDepth));
        fileDepth++;
    }

    void pushExpansion(List<Token> tokens) {
        if (!tokens.isEmpty()) {
            frames.add(new Frame(tokens, null, List.of(), 0));
        }
    }

    /** Pops the file frame whose EOF was just read. */
    Frame popFile() {
        Frame f = frames.remove(frames.size() - 1);
        if (!f.isFile()) {
            throw new AssertionError("popFile on an expansion frame");
        }
        fileDepth--;
        return f;
    }

    int fileDepth() {
        return fileDepth;
    }

    /** The innermost file frame, or null. */
    Frame currentFile() {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).isFile()) {
                return frames.get(i);
            }
        }
        return null;
    }

    /** The file frame of {@code file} nearest the top, or null. */
    Frame frameOf(SourceFile file) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).file == file) {
                return frames.get(i);
            }
        }
        return null;
    }

    /** True when nothing is left (only for streams without a file frame). */
    boolean atEnd() {
        return peek() == null;
    }

    /** The next token without consuming it; null at the end of a stream without file frames. */
    Token peek() {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (f.index < f.tokens.size()) {
                return f.tokens.get(f.index);
            }
        }
        return null;
    }

    /**
     * Consumes the next token (a file's EOF token stays put: the caller pops the file). With
     * {@code skipping}, lexical errors of the token are dropped unless they must always be reported.
     */
    Token next(boolean skipping) {
        while (!frames.isEmpty()) {
            Frame f = frames.get(frames.size() - 1);
            if (f.index < f.tokens.size()) {
                Token t = f.tokens.get(f.index);
                lastFromFile = f.isFile();
                if (f.isFile()) {
                    reportLexErrors(f, f.index, skipping);
                    if (t.kind() == TokenKind.EOF) {
                        return t;
                    }
                }
                f.index++;
                return t;
            }
            if (f.isFile()) {
                throw new AssertionError("file frame without EOF");
            }
            frames.remove(frames.size() - 1);
        }
        return null;
    }

    Token next() {
        return next(false);
    }

    /** True when the token last returned by {@link #next} came straight from a file. */
    boolean lastFromFile() {
        return lastFromFile;
    }

    /** Puts {@code t} back in front of the input. */
    void unread(Token t) {
        frames.add(new Frame(new ArrayList<>(List.of(t)), null, List.of(), 0));
    }

    private void reportLexErrors(Frame f, int tokenIndex, boolean skipping) {
        while (f.errorIndex < f.errors.size() && f.errors.get(f.errorIndex).tokenIndex() <= tokenIndex) {
            LexError e = f.errors.get(f.errorIndex++);
            if (!e.stray() && (!skipping || e.reportEvenIfSkipped())) {
                diagnostics.add(e.diagnostic());
            }
        }
    }
}
