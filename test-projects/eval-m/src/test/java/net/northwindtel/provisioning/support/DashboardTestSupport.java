package net.northwindtel.provisioning.support;

import net.northwindtel.provisioning.config.DashboardProperties;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Shared wiring for the MockWebServer based tests: a RestClient and proxy factory pointed at the
 * mock server, and fixture loading.
 */
public final class DashboardTestSupport {

    public static final String ACCOUNT_ID = "9900012";

    private DashboardTestSupport() {
    }

    public static DashboardProperties properties(MockWebServer server) {
        DashboardProperties props = new DashboardProperties();
        props.setBaseUrl(server.url("/").toString().replaceAll("/$", ""));
        props.setHost(server.getHostName() + ":" + server.getPort());
        props.setAccountId(ACCOUNT_ID);
        props.setUsername("northwind-api");
        props.setPassword("secret");
        props.setDefaultSiteId("4613");
        props.setDefaultSipPeerId("539692");
        return props;
    }

    public static RestClient restClient(DashboardProperties props) {
        return RestClient.builder()
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .messageConverters(converters -> converters.add(new MappingJackson2XmlHttpMessageConverter()))
                .build();
    }

    public static <T> T exchangeClient(RestClient restClient, Class<T> type) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient)).build().createClient(type);
    }

    public static String fixture(String name) {
        try {
            return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MockResponse xml(String body) {
        return new MockResponse().setHeader("Content-Type", "application/xml").setBody(body);
    }

    public static MockResponse created(String location) {
        return new MockResponse().setResponseCode(201).setHeader("Location", location);
    }
}
