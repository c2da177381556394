package org.threadlab.cc;

/**
 * One message for a student, as a C compiler prints it:
 *
 * <pre>
 * prog.c:12:9: error: 'count' undeclared; declare it before this line
 *    12 |     count++;
 *       |     ^~~~~
 * </pre>
 *
 * One plain sentence that says what is wrong and, where it can, what to do.
 */
public record Diagnostic(Severity severity, SourcePos pos, int length, String message) {

    public enum Severity {
        ERROR("error"),
        WARNING("warning"),
        NOTE("note");

        private final String text;

        Severity(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public static Diagnostic error(SourcePos pos, int length, String message) {
        return new Diagnostic(Severity.ERROR, pos, length, message);
    }

    public static Diagnostic warning(SourcePos pos, int length, String message) {
        return new Diagnostic(Severity.WARNING, pos, length, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The three-line form: header, the source line, a caret under the column. */
    public String render() {
        String header = pos + ": " + severity.text() + ": " + message;
        String source = pos.lineText();
        if (source.isEmpty() && pos.line() > pos.file().lineCount()) {
            return header;
        }
        String number = String.valueOf(pos.line());
        String gutter = " ".repeat(Math.max(5 - number.length(), 1));
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < pos.column() - 1 && i < source.length(); i++) {
            caret.append(source.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append('^');
        int visible = Math.min(length, source.length() - pos.column() + 1);
        caret.append("~".repeat(Math.max(visible - 1, 0)));
        return header + "\n" + gutter + number + " | " + source.replace("\r", "")
                + "\n" + " ".repeat(gutter.length() + number.length()) + " | " + caret;
    }
}
