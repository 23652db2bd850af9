package com.pinecrestcomm.qa.numbers.payload;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Report instance requests (POST {@code /reports/{reportId}/instances}).
 */
public final class ReportInstanceXml {

    private final String outputFormat;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private LocalDate expiresAt = LocalDate.now().plusDays(7);
    private String numberFormat;

    private ReportInstanceXml(String outputFormat) {
        this.outputFormat = outputFormat;
    }

    public static ReportInstanceXml csv() {
        return new ReportInstanceXml("csv");
    }

    public ReportInstanceXml parameter(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    public ReportInstanceXml expiresAt(LocalDate date) {
        this.expiresAt = date;
        return this;
    }

    public ReportInstanceXml numberFormat(String format) {
        this.numberFormat = format;
        return this;
    }

    public String build() {
        StringBuilder xml = new StringBuilder();
        xml.append("<Instance>");
        xml.append("<OutputFormat>").append(outputFormat).append("</OutputFormat>");
        if (numberFormat != null) {
            xml.append("<NumberFormat>").append(numberFormat).append("</NumberFormat>");
        }
        xml.append("<Parameters>");
        parameters.forEach((name, value) -> xml.append("<Parameter><Name>").append(name)
                .append("</Name><Value>").append(value).append("</Value></Parameter>"));
        xml.append("</Parameters>");
        xml.append("<ExpiresAt>").append(expiresAt).append("</ExpiresAt>");
        return xml.append("</Instance>").toString();
    }

    /** The TN inventory report the capacity dashboard is fed from. */
    public static String tnInventory(String accountId) {
        return """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                        <Parameter>
                            <Name>TnStatus</Name>
                            <Value>Inservice</Value>
                        </Parameter>
                    </Parameters>
                    <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(accountId, LocalDate.now().plusDays(3));
    }
}
