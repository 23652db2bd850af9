package net.lumivox.numbering.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Settings of the reporting jobs, from {@code reporting.properties}.
 */
public record ReportSettings(
        String baseUrl,
        String reportId,
        String instancesPath,
        String importsPath,
        String voiceCdrUrl,
        long maxDownloadBytes) {

    public static ReportSettings fromClasspath() {
        Properties p = new Properties();
        try (InputStream in = ReportSettings.class.getResourceAsStream("/reporting.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportSettings(
                p.getProperty("report.dashboard.base-url"),
                p.getProperty("report.inventory.report-id"),
                p.getProperty("report.instances-path"),
                p.getProperty("report.hosted.imports-path"),
                p.getProperty("report.voice.cdr-url"),
                Long.parseLong(p.getProperty("report.max-download-bytes")));
    }
}
