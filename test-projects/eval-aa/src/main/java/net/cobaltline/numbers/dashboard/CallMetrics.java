package net.cobaltline.numbers.dashboard;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits CloudWatch embedded-metric-format lines for Dashboard calls. The operation name is
 * taken from the {@link DashboardCall} annotation of the calling client method.
 */
public final class CallMetrics {

    private static final Logger log = LoggerFactory.getLogger(CallMetrics.class);

    private CallMetrics() {
    }

    public static void record(Class<?> api, String methodName, int status, long millis) {
        String op = operation(api, methodName).orElse(api.getSimpleName() + "." + methodName);
        log.info("{\"_aws\":{\"CloudWatchMetrics\":[{\"Namespace\":\"tnprov/dashboard\","
                + "\"Dimensions\":[[\"operation\"]],\"Metrics\":[{\"Name\":\"latency\",\"Unit\":\"Milliseconds\"}]}]},"
                + "\"operation\":\"{}\",\"status\":{},\"latency\":{}}", op, status, millis);
    }

    static Optional<String> operation(Class<?> api, String methodName) {
        return Arrays.stream(api.getDeclaredMethods())
                .filter(m -> m.getName().equals(methodName))
                .map(CallMetrics::annotation)
                .flatMap(Optional::stream)
                .findFirst()
                .map(a -> a.method() + " " + a.path());
    }

    private static Optional<DashboardCall> annotation(Method m) {
        return Optional.ofNullable(m.getAnnotation(DashboardCall.class));
    }
}
