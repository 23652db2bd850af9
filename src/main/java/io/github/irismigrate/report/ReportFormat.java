package io.github.irismigrate.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The report files the tool can write, each under a fixed name in the output directory. */
public enum ReportFormat {
    SARIF("sarif", "findings.sarif"),
    JSON("json", "findings.json"),
    MARKDOWN("md", "findings.md"),
    HTML("html", "findings.html");

    private final String id;
    private final String fileName;

    ReportFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The name users type in {@code iris-migrate.formats}: {@code sarif}, {@code json}, {@code md}, {@code html}. */
    public String id() {
        return id;
    }

    /** The file written in the output directory, e.g. {@code findings.sarif}. */
    public String fileName() {
        return fileName;
    }

    /**
     * Parses a comma-separated list such as {@code "sarif,json,md,html"}: case-insensitive, blanks around names
     * ignored, each format also accepted under its enum name ({@code markdown}).
     *
     * @throws IllegalArgumentException on an unknown name or an empty list, naming the valid ones
     */
    public static Set<ReportFormat> parse(String commaList) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : commaList.split(",", -1)) {
            String name = part.trim();
            if (!name.isEmpty()) {
                formats.add(byName(name));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("No report format given in '" + commaList + "': use any of " + validNames());
        }
        return formats;
    }

    private static ReportFormat byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.id.equals(lower) || f.name().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown report format '" + name + "': use any of " + validNames()));
    }

    private static String validNames() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
