package net.lakeshoretel.numbering.config;

import org.apache.flink.api.java.utils.ParameterTool;

import java.io.IOException;
import java.io.InputStream;

/**
 * Builds the job parameters: packaged defaults, then an optional {@code --config} file, then the
 * program arguments, each overriding the previous one.
 */
public final class SettingsLoader {

    public static final String DEFAULT_RESOURCE = "/enrichment-job.properties";

    private SettingsLoader() {
    }

    public static ParameterTool load(String[] args) throws IOException {
        ParameterTool cli = ParameterTool.fromArgs(args);
        ParameterTool params = packagedDefaults();
        if (cli.has("config")) {
            params = params.mergeWith(ParameterTool.fromPropertiesFile(cli.get("config")));
        }
        return params.mergeWith(cli);
    }

    static ParameterTool packagedDefaults() throws IOException {
        try (InputStream in = SettingsLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IOException("missing " + DEFAULT_RESOURCE + " on the classpath");
            }
            return ParameterTool.fromPropertiesFile(in);
        }
    }
}
