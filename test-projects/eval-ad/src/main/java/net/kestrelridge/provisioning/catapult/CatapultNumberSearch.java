package net.kestrelridge.provisioning.catapult;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Availability search on the old Catapult account that still serves the Wilmington resellers.
 * Scheduled for removal with the reseller migration (NETOPS-1650).
 */
@Singleton
public class CatapultNumberSearch {

    private static final String LOCAL_SEARCH =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final CloseableHttpClient http;

    @Inject
    public CatapultNumberSearch(CloseableHttpClient http) {
        this.http = http;
    }

    public String searchLocal(String userId, String areaCode, int quantity) {
        try {
            return http.execute(ClassicRequestBuilder.get(String.format(LOCAL_SEARCH, userId, areaCode, quantity)).build(),
                    response -> EntityUtils.toString(response.getEntity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
