package net.lumivox.numbering.iris;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import net.lumivox.numbering.config.IrisProperties;

import java.util.concurrent.TimeUnit;

public final class IrisHttpClientFactory {

    private IrisHttpClientFactory() {
    }

    public static Client create(IrisProperties props) {
        return ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .register(new IrisAuthFilter(props.username(), props.password()))
                .build();
    }

    /** Root target of the configured account: {base}/accounts/{accountId}. */
    public static WebTarget accountTarget(Client client, IrisProperties props) {
        return client.target(props.baseUrl())
                .path("accounts")
                .path(props.accountId());
    }

    /** Dashboard root, for the resources that are not account scoped (tns, cities...). */
    public static WebTarget dashboardTarget(Client client, IrisProperties props) {
        return client.target(props.baseUrl());
    }

    /** Sandbox account used by the nightly smoke test. */
    public static WebTarget sandboxTarget(Client client, String accountId) {
        return client.target("https://test.dashboard.bandwidth.com/v1.0")
                .path("accounts")
                .path(accountId);
    }
}
