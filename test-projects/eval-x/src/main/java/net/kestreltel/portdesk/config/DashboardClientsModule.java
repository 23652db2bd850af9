package net.kestreltel.portdesk.config;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import feign.jaxb.JAXBContextFactory;
import feign.jaxb.JAXBDecoder;
import feign.jaxb.JAXBEncoder;
import net.kestreltel.portdesk.dashboard.DashboardAuthInterceptor;
import net.kestreltel.portdesk.dashboard.DashboardBasePathInterceptor;
import net.kestreltel.portdesk.dashboard.E911AddressApi;
import net.kestreltel.portdesk.dashboard.ExternalTnsApi;
import net.kestreltel.portdesk.dashboard.ImportTnApi;
import net.kestreltel.portdesk.dashboard.InventoryApi;
import net.kestreltel.portdesk.dashboard.ReportsApi;
import net.kestreltel.portdesk.dashboard.SipPeerTnApi;
import net.kestreltel.portdesk.dashboard.SubscriptionsApi;
import net.kestreltel.portdesk.dashboard.TnOptionsApi;
import net.kestreltel.portdesk.messaging.NumberLookupApi;

import java.util.concurrent.TimeUnit;

/** Feign clients for the Dashboard API. */
public class DashboardClientsModule extends AbstractModule {

    private static final JAXBContextFactory JAXB = new JAXBContextFactory.Builder()
            .withMarshallerJAXBEncoding("UTF-8")
            .build();

    @Override
    protected void configure() {
        bind(DashboardBasePathInterceptor.class).in(Singleton.class);
    }

    private static Feign.Builder xmlClient(DashboardAuthInterceptor auth, DashboardBasePathInterceptor basePath) {
        return Feign.builder()
                .encoder(new JAXBEncoder(JAXB))
                .decoder(new JAXBDecoder(JAXB))
                .requestInterceptor(auth)
                .requestInterceptor(basePath)
                .options(new Request.Options(10, TimeUnit.SECONDS, 60, TimeUnit.SECONDS, true))
                .logLevel(Logger.Level.BASIC);
    }

    @Provides
    @Singleton
    DashboardAuthInterceptor auth(DashboardSettings settings) {
        return new DashboardAuthInterceptor(settings.username(), settings.password());
    }

    @Provides
    @Singleton
    E911AddressApi e911AddressApi(@Named("dashboard.host") String host, DashboardAuthInterceptor auth,
                                  DashboardBasePathInterceptor basePath) {
        return xmlClient(auth, basePath).target(E911AddressApi.class, host);
    }

    @Provides
    @Singleton
    ImportTnApi importTnApi(@Named("dashboard.host") String host, DashboardAuthInterceptor auth,
                            DashboardBasePathInterceptor basePath) {
        return xmlClient(auth, basePath).target(ImportTnApi.class, host);
    }

    @Provides
    @Singleton
    ExternalTnsApi externalTnsApi(@Named("dashboard.host") String host, DashboardAuthInterceptor auth,
                                  DashboardBasePathInterceptor basePath) {
        return xmlClient(auth, basePath).target(ExternalTnsApi.class, host);
    }

    @Provides
    @Singleton
    InventoryApi inventoryApi(@Named("dashboard.host") String host, DashboardAuthInterceptor auth,
                              DashboardBasePathInterceptor basePath) {
        return xmlClient(auth, basePath).target(InventoryApi.class, host);
    }

    @Provides
    @Singleton
    SipPeerTnApi sipPeerTnApi(@Named("dashboard.host") String host, DashboardAuthInterceptor auth,
                              DashboardBasePathInterceptor basePath) {
        return xmlClient(auth, basePath).target(SipPeerTnApi.class, host);
    }

    @Provides
    @Singleton
    TnOptionsApi tnOptionsApi(@Named("dashboard.host") String host, DashboardAuthInterceptor auth,
                              DashboardBasePathInterceptor basePath) {
        return xmlClient(auth, basePath).target(TnOptionsApi.class, host);
    }

    @Provides
    @Singleton
    SubscriptionsApi subscriptionsApi(@Named("dashboard.host") String host, DashboardAuthInterceptor auth,
                                      DashboardBasePathInterceptor basePath) {
        return xmlClient(auth, basePath).target(SubscriptionsApi.class, host);
    }

    /** Reports are served from the full base URL; no base path interceptor. */
    @Provides
    @Singleton
    ReportsApi reportsApi(DashboardSettings settings, DashboardAuthInterceptor auth) {
        return Feign.builder()
                .requestInterceptor(auth)
                .target(ReportsApi.class, settings.baseUrl());
    }

    @Provides
    @Singleton
    NumberLookupApi numberLookupApi(@Named("lookup.baseUrl") String baseUrl, DashboardAuthInterceptor auth) {
        return Feign.builder()
                .encoder(new JacksonEncoder())
                .decoder(new JacksonDecoder())
                .requestInterceptor(auth)
                .target(NumberLookupApi.class, baseUrl);
    }
}
