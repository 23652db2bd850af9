package net.cobaltline.numbers.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

/** Dashboard API user and callback credentials, kept in Secrets Manager as one JSON secret. */
public class SecretsProvider {

    public record DashboardCredentials(String username, String password,
                                       String callbackUser, String callbackPassword) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretsManagerClient client;
    private volatile DashboardCredentials cached;

    public SecretsProvider(SecretsManagerClient client) {
        this.client = client;
    }

    public static SecretsProvider fromEnvironment() {
        return new SecretsProvider(AwsClients.secrets());
    }

    public DashboardCredentials dashboard() {
        DashboardCredentials c = cached;
        if (c == null) {
            String raw = client.getSecretValue(GetSecretValueRequest.builder()
                    .secretId(EnvConfig.credentialsSecretId())
                    .build()).secretString();
            c = parse(raw);
            cached = c;
        }
        return c;
    }

    static DashboardCredentials parse(String raw) {
        try {
            JsonNode n = JSON.readTree(raw);
            return new DashboardCredentials(
                    n.path("username").asText(),
                    n.path("password").asText(),
                    n.path("callbackUser").asText(),
                    n.path("callbackPassword").asText());
        } catch (Exception e) {
            throw new IllegalStateException("Dashboard secret is not valid JSON", e);
        }
    }
}
