package io.github.clientbudgets.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A tiny RFC 4180 writer (CRLF, every cell quoted, quotes doubled) that neutralises spreadsheet formulas: a cell
 * that begins with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so Excel, LibreOffice and
 * Google Sheets show it as text (OWASP's "CSV injection" advice). Small enough not to embed a CSV library.
 */
public final class Csv {
    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    public void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write('"');
                out.write(cell(cells.get(i)).replace("\"", "\"\""));
                out.write('"');
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as written (before quoting): formula starters neutralised, null as empty. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
