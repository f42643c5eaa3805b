package io.github.clientbudgets.portal;

import io.github.clientbudgets.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The CSV writer's quoting and formula neutralising, and the Time filter's parsing. */
class CsvAndFilterTest {

    @Test
    void formulaStartersAreNeutralisedAndEverythingElseKept() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")")) {
            assertEquals("'" + formula, CsvWriter.cell(formula), formula);
        }
        for (String plain : List.of("1-1", "a=b", " =1", "'=1", "text", "ünïcödé")) {
            assertEquals(plain, CsvWriter.cell(plain), plain);
        }
        assertEquals("", CsvWriter.cell(null));
        assertEquals("", CsvWriter.cell(""));
    }

    @Test
    void rowsAreQuotedWithQuotesDoubledAndCrlfEnded() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("a", "say \"hi\"", "line1\nline2", "=2*3"));
        csv.row(Arrays.asList("x", null));
        assertEquals("\"a\",\"say \"\"hi\"\"\",\"line1\nline2\",\"'=2*3\"\r\n\"x\",\"\"\r\n", out.toString());
    }

    @Test
    void sameCharactersAsTheHandWrittenWriterItReplaced() {
        char[] alphabet = {'"', ',', '\r', '\n', '\t', '=', '+', '-', '@', '\'', ' ', 'a', 'Z', '0', ';', 'ü', '€', '\u2028'};
        java.util.Random random = new java.util.Random(14);
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of());
        rows.add(Arrays.asList(null, "", null));
        rows.add(List.of("😀", "\"\"", "\r\n", "a,b", " ", "-", "'"));
        for (int r = 0; r < 500; r++) {
            List<String> row = new java.util.ArrayList<>();
            for (int c = random.nextInt(6); c >= 0; c--) {
                StringBuilder cell = new StringBuilder();
                for (int i = random.nextInt(8); i > 0; i--) {
                    cell.append(alphabet[random.nextInt(alphabet.length)]);
                }
                row.add(random.nextInt(10) == 0 ? null : cell.toString());
            }
            rows.add(row);
        }
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        StringBuilder before = new StringBuilder();
        for (List<String> row : rows) {
            csv.row(row);
            before.append(handWritten(row));
        }
        assertEquals(before.toString(), out.toString());
    }

    /** The writer before Commons CSV (until issue 14), as it was: the export's bytes must not change. */
    private static String handWritten(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = cells.get(i);
            String cell = value == null || value.isEmpty() ? "" : "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
            out.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return out.append("\r\n").toString();
    }

    @Test
    void filterParsesAndRefusesWithTheField() {
        TimeFilter f = TimeFilter.parse("2026-10-01", " 2026-10-31 ", "7", "50", "20");
        assertEquals(LocalDate.of(2026, 10, 1), f.from());
        assertEquals(LocalDate.of(2026, 10, 31), f.to());
        assertEquals(7L, f.serviceId());
        assertEquals(50, f.start());
        assertEquals(20, f.limit());
        TimeFilter none = TimeFilter.parse(null, "", " ", null, null);
        assertNull(none.from());
        assertNull(none.serviceId());
        assertEquals(TimeFilter.DEFAULT_LIMIT, none.limit());
        String[][] bad = {{"x", null, null, null, null, "from"}, {null, "2026-02-30", null, null, null, "to"},
                {"2026-10-02", "2026-10-01", null, null, null, "to"}, {null, null, "0", null, null, "serviceId"},
                {null, null, "1; DROP TABLE", null, null, "serviceId"}, {null, null, "+5", null, null, "serviceId"},
                {null, null, "-5", null, null, "serviceId"}, {null, null, "\uFF15", null, null, "serviceId"},
                {null, null, "\u0665", null, null, "serviceId"}, {null, null, "1234567890123456789", null, null, "serviceId"}, {null, null, null, "-5", null, "start"},
                {null, null, null, null, "0", "limit"}, {null, null, null, null, "501", "limit"}};
        for (String[] b : bad) {
            ValidationException e = assertThrows(ValidationException.class, () -> TimeFilter.parse(b[0], b[1], b[2], b[3], b[4]));
            assertEquals(true, e.errors().containsKey(b[5]), Arrays.toString(b) + " -> " + e.errors());
        }
    }
}
