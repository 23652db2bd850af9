package io.github.irismigrate.report;

import io.github.irismigrate.engine.ScanResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A report rendered as one UTF-8 text (Markdown, HTML): rendering is the format's work, writing is shared. */
interface TextReport extends ReportWriter {

    String render(ScanResult result, String toolVersion);

    @Override
    default void write(ScanResult result, String toolVersion, OutputStream out) throws IOException {
        out.write(render(result, toolVersion).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
