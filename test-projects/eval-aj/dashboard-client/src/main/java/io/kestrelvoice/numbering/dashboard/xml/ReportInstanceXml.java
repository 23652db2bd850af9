package io.kestrelvoice.numbering.dashboard.xml;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code <Instance>} body that asks the Dashboard to run a report.
 */
public final class ReportInstanceXml {

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private String outputFormat = "csv";
    private LocalDate expiresAt = LocalDate.now().plusDays(7);

    public static ReportInstanceXml instance() {
        return new ReportInstanceXml();
    }

    public ReportInstanceXml outputFormat(String outputFormat) {
        this.outputFormat = outputFormat;
        return this;
    }

    public ReportInstanceXml parameter(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    public ReportInstanceXml expiresAt(LocalDate expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public String build() {
        StringBuilder xml = new StringBuilder("<Instance>");
        xml.append("<OutputFormat>").append(outputFormat).append("</OutputFormat>");
        xml.append("<Parameters>");
        parameters.forEach((name, value) -> xml
                .append("<Parameter><Name>").append(name).append("</Name>")
                .append("<Value>").append(value).append("</Value></Parameter>"));
        xml.append("</Parameters>");
        xml.append("<ExpiresAt>").append(expiresAt).append("</ExpiresAt>");
        xml.append("</Instance>");
        return xml.toString();
    }
}
