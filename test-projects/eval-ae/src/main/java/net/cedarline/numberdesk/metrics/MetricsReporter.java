package net.cedarline.numberdesk.metrics;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.cedarline.numberdesk.config.AppConfig;
import net.cedarline.numberdesk.metrics.iris.IrisClient;

/** Thin wrapper over our metrics client, plus the endpoint inventory built from {@link CallsDashboard}. */
public class MetricsReporter {

    private final IrisClient iris;

    public MetricsReporter(AppConfig.Metrics metrics) {
        this.iris = new IrisClient(metrics.tenant, metrics.user, metrics.apiKey);
    }

    public void gauge(String name, double value) {
        iris.send("numberdesk." + name, value, Map.of("service", "numberdesk"));
    }

    public void timing(String endpoint, long millis) {
        iris.send("numberdesk.dashboard.latency", millis, Map.of("endpoint", endpoint));
    }

    public static List<String> endpointInventory(Class<?>... clients) {
        List<String> endpoints = new ArrayList<>();
        for (Class<?> client : clients) {
            for (Method m : client.getDeclaredMethods()) {
                CallsDashboard marker = m.getAnnotation(CallsDashboard.class);
                if (marker != null) {
                    endpoints.add(client.getSimpleName() + "." + m.getName() + " -> " + marker.value());
                }
            }
        }
        return endpoints;
    }
}
