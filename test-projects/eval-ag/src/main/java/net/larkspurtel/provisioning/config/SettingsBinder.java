package net.larkspurtel.provisioning.config;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.yaml.snakeyaml.Yaml;

/**
 * Binds {@link EnvVar}-annotated fields. Lookup order: process environment, {@code .env.yaml}
 * (local runs only), {@code runtime-config.json}, then the annotation default.
 */
public final class SettingsBinder {

    private static final Logger LOG = Logger.getLogger(SettingsBinder.class.getName());
    private static final String RUNTIME_CONFIG = "/runtime-config.json";

    private final Function<String, String> environment;
    private final RuntimeConfig runtimeConfig;

    public SettingsBinder(Function<String, String> environment, RuntimeConfig runtimeConfig) {
        this.environment = environment;
        this.runtimeConfig = runtimeConfig;
    }

    public static SettingsBinder fromProcess() {
        Map<String, String> local = loadLocalEnv(Path.of(System.getProperty("larkspur.envFile", ".env.yaml")));
        Map<String, String> merged = new HashMap<>(local);
        merged.putAll(System.getenv());
        return new SettingsBinder(merged::get, loadRuntimeConfig());
    }

    public static RuntimeConfig loadRuntimeConfig() {
        try (InputStream in = SettingsBinder.class.getResourceAsStream(RUNTIME_CONFIG)) {
            if (in == null) {
                return new RuntimeConfig();
            }
            return new Gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), RuntimeConfig.class);
        } catch (Exception e) {
            throw new IllegalStateException("runtime-config.json is not readable", e);
        }
    }

    /**
     * Reads {@code .env.yaml} (the file passed to {@code gcloud functions deploy --env-vars-file})
     * so that a local functions-framework invoker behaves like the deployed function.
     */
    static Map<String, String> loadLocalEnv(Path file) {
        if (!Files.isRegularFile(file)) {
            return Collections.emptyMap();
        }
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> raw = new Yaml().load(in);
            Map<String, String> values = new HashMap<>();
            if (raw != null) {
                raw.forEach((k, v) -> values.put(k, v == null ? null : String.valueOf(v)));
            }
            return values;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    public RuntimeConfig runtimeConfig() {
        return runtimeConfig;
    }

    public DashboardSettings dashboard() {
        DashboardSettings settings = new DashboardSettings();
        bind(settings);
        // runtime-config.json wins over annotation defaults but not over the environment
        if (environment.apply("DASHBOARD_BASE_URL") == null && runtimeConfig.dashboard.baseUrl != null) {
            settings.baseUrl = runtimeConfig.dashboard.baseUrl;
        }
        if (environment.apply("DASHBOARD_BASE_URL") == null
                && "staging".equals(environment.apply("LARKSPUR_ENV"))) {
            settings.baseUrl = DashboardSettings.TEST_ENVIRONMENT_BASE;
        }
        if (settings.baseUrl != null && !settings.baseUrl.contains("/api/v2")) {
            LOG.warning("Dashboard base URL is still https://dashboard.bandwidth.com/api (v1); see PROV-1182");
        }
        if (settings.accountId == null) {
            settings.accountId = runtimeConfig.dashboard.accountId;
        }
        return settings;
    }

    public <T> T bind(T target) {
        for (Field field : target.getClass().getDeclaredFields()) {
            EnvVar env = field.getAnnotation(EnvVar.class);
            if (env == null) {
                continue;
            }
            String value = environment.apply(env.name());
            if (value == null && !env.defaultValue().isEmpty()) {
                value = env.defaultValue();
            }
            try {
                field.setAccessible(true);
                field.set(target, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot bind " + env.name(), e);
            }
            LOG.fine(() -> env.name() + " bound" + (env.secret() ? "" : " to " + field.getName()));
        }
        return target;
    }
}
