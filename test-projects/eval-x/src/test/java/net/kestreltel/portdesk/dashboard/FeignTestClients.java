package net.kestreltel.portdesk.dashboard;

import feign.Feign;
import feign.jaxb.JAXBContextFactory;
import feign.jaxb.JAXBDecoder;
import feign.jaxb.JAXBEncoder;

/** Builds Feign clients the same way DashboardClientsModule does, against a MockWebServer. */
public final class FeignTestClients {

    private static final JAXBContextFactory JAXB = new JAXBContextFactory.Builder().build();

    private FeignTestClients() {
    }

    public static <T> T xmlClient(Class<T> type, String url, String basePath) {
        return Feign.builder()
                .encoder(new JAXBEncoder(JAXB))
                .decoder(new JAXBDecoder(JAXB))
                .requestInterceptor(new DashboardAuthInterceptor("test", "test"))
                .requestInterceptor(new DashboardBasePathInterceptor(basePath))
                .target(type, url);
    }
}
