package net.kestreltel.numgate.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;

/** Builds the {@code <Instance>} documents that ask the Dashboard to run a report. */
@Component
public class ReportInstanceFactory {

    private final Clock clock;
    private final String inventoryTemplate;

    public ReportInstanceFactory() {
        this(Clock.systemUTC());
    }

    ReportInstanceFactory(Clock clock) {
        this.clock = clock;
        this.inventoryTemplate = load("templates/report-instance-tn-inventory.xml");
    }

    /** The TN inventory report of our account, as CSV. */
    public String tnInventory(String accountId, int retentionDays) {
        return inventoryTemplate
                .replace("${accountId}", accountId)
                .replace("${expiresAt}", LocalDate.now(clock).plusDays(retentionDays).toString());
    }

    /** E911 provisioning report, one site at a time. */
    public String e911Provisioning(String accountId, String siteId, int retentionDays) {
        String parameters = parameters(Map.of("Account", accountId, "Sub-account", siteId));
        return """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <Parameters>
                %s
                    </Parameters>
                    <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(parameters, LocalDate.now(clock).plusDays(retentionDays));
    }

    private static String parameters(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> "        <Parameter><Name>%s</Name><Value>%s</Value></Parameter>".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private static String load(String resource) {
        try {
            return StreamUtils.copyToString(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
