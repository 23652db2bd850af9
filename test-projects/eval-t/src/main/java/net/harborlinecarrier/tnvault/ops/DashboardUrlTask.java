package net.harborlinecarrier.tnvault.ops;

import io.dropwizard.servlets.tasks.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Admin task for the NOC: prints the Dashboard URL for an endpoint key, with the account id
 * filled in, so that people can paste it into curl during incidents.
 * {@code POST /admin/tasks/dashboard-url?key=e911.list&addressId=42}
 */
public class DashboardUrlTask extends Task {

    private final Properties templates = new Properties();
    private final String accountId;

    public DashboardUrlTask(String accountId) {
        super("dashboard-url");
        this.accountId = accountId;
        try (InputStream in = DashboardUrlTask.class.getResourceAsStream("/dashboard-endpoints.properties")) {
            templates.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        String key = parameters.getOrDefault("key", List.of("base")).get(0);
        String template = templates.getProperty(key);
        if (template == null) {
            output.println("unknown key " + key + "; known: " + templates.stringPropertyNames());
            return;
        }
        String url = template.startsWith("/") ? templates.getProperty("base") + template : template;
        url = url.replace("{accountId}", accountId);
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            url = url.replace("{" + p.getKey() + "}", p.getValue().get(0));
        }
        output.println(url);
    }
}
