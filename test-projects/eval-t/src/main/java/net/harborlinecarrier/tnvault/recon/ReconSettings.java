package net.harborlinecarrier.tnvault.recon;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Typed view of the {@code recon} block of application.conf. */
public record ReconSettings(String baseUrl, String accountId, String username, String password,
                            String inservicePath, String reportInstancesPath, String reportId,
                            String instanceTemplate, List<Integer> areaCodes, Path outputDir,
                            Duration timeout, String jdbcUrl) {

    public static ReconSettings from(Config root) {
        Config recon = root.getConfig("recon");
        Config dashboard = recon.getConfig("dashboard");
        Config paths = dashboard.getConfig("paths");
        return new ReconSettings(
                dashboard.getString("base-url"),
                dashboard.getString("account-id"),
                dashboard.hasPath("username") ? dashboard.getString("username") : "",
                dashboard.hasPath("password") ? dashboard.getString("password") : "",
                paths.getString("inservice"),
                paths.getString("report-instances"),
                recon.getString("report.id"),
                recon.getString("report.instance-template"),
                recon.getIntList("area-codes"),
                Path.of(recon.getString("output-dir")),
                recon.getDuration("http.timeout"),
                recon.getString("db.url"));
    }
}
