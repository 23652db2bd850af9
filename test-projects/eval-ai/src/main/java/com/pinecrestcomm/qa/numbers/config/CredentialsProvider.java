package com.pinecrestcomm.qa.numbers.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Resolves API credentials from the environment (CI injects them from the vault).
 */
public final class CredentialsProvider {

    private final String username;
    private final String password;

    public CredentialsProvider(String username, String password) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
    }

    public static CredentialsProvider fromEnvironment() {
        return new CredentialsProvider(
                System.getenv().getOrDefault("IRIS_USER", "qa-smoke"),
                System.getenv().getOrDefault("IRIS_PASSWORD", "changeme"));
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String basicAuthHeader() {
        String token = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }
}
