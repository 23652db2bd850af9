package net.kestrelwave.numops.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One entry of report-schedules.yaml. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportSchedule(String name, String reportId, String cron, String outputFormat,
                             Map<String, String> parameters) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DashboardSection(String baseUrl, String reportsPath) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(DashboardSection dashboard, List<ReportSchedule> schedules, Map<String, String> lookup) {

        public Optional<ReportSchedule> find(String name) {
            return schedules.stream().filter(s -> s.name().equals(name)).findFirst();
        }

        /** e.g. https://dashboard.bandwidth.com/api/accounts/5001234/reports */
        public String reportsUrl(String accountId) {
            String base = dashboard.baseUrl().replaceAll("/+$", "");
            return base + dashboard.reportsPath().replace("{account}", accountId);
        }
    }

    public static File load() throws IOException {
        try (InputStream in = ReportSchedule.class.getResourceAsStream("/report-schedules.yaml")) {
            if (in == null) {
                throw new IOException("report-schedules.yaml is not on the classpath");
            }
            return new YAMLMapper().readValue(in, File.class);
        }
    }
}
