package io.github.clientbudgets.portal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file to download, the same for the portal page and REST: its name and response headers, and its body,
 * written in UTF-8 only when {@link #writeTo} is called (after the caller has sent the headers). Whatever could
 * refuse the download has been checked before one is made, so a refusal is still an ordinary error response.
 */
public final class CsvDownload {
    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    private final String fileName;
    private final Consumer<Writer> body;

    CsvDownload(String fileName, Consumer<Writer> body) {
        this.fileName = fileName;
        this.body = body;
    }

    /** The headers besides the content type: a download, never sniffed as HTML, never cached. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
        return headers;
    }

    public void writeTo(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        body.accept(writer);
        writer.flush();
    }
}
