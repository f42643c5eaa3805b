package io.github.clientbudgets.portal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's one CSV writer, on Commons CSV: RFC 4180 (CRLF, every cell quoted, quotes doubled), and spreadsheet
 * formulas neutralised: a cell that begins with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, so Excel, LibreOffice and Google Sheets show it as text (OWASP's "CSV injection" advice). Commons CSV
 * has no such option, hence {@link #cell}.
 */
public final class CsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
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
        List<String> written = new ArrayList<>(cells.size());
        for (String value : cells) {
            written.add(cell(value));
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
