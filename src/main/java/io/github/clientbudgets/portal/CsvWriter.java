package io.github.clientbudgets.portal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The app's one CSV writer, on Commons CSV: RFC 4180 (CRLF, every cell quoted, quotes doubled), and spreadsheet
 * formulas neutralised: a cell that begins with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, so Excel, LibreOffice and Google Sheets show it as text (OWASP's "CSV injection" advice). Commons CSV
 * has no such option, hence {@link #cell}.
 */
public final class CsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private final CSVPrinter printer;

    /** Writes to {@code out}, which stays the caller's to flush and close. */
    public CsvWriter(Writer out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<String> cells) {
        print(cells, false);
    }

    /**
     * A row of figures: a cell that is a plain decimal ({@code -12.50}, nothing before or after) is written as it is,
     * so that a spreadsheet reads a negative figure as a number; a number cannot be a formula. Every other cell is
     * neutralised as in {@link #row}.
     */
    public void rowOfFigures(List<String> cells) {
        print(cells, true);
    }

    private void print(List<String> cells, boolean figures) {
        List<String> written = new ArrayList<>(cells.size());
        for (String value : cells) {
            written.add(figures && value != null && DECIMAL.matcher(value).matches() ? value : cell(value));
        }
        try {
            printer.printRecord(written);
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
