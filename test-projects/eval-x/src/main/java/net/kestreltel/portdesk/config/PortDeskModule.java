package net.kestreltel.portdesk.config;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import net.kestreltel.portdesk.crm.IrisClient;
import net.kestreltel.portdesk.numbers.NumberRepository;
import okhttp3.OkHttpClient;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import java.time.Duration;
import java.util.Properties;

/** Root Guice module: configuration, storage and the HTTP clients. */
public class PortDeskModule extends AbstractModule {

    private final Properties properties;

    public PortDeskModule(Properties properties) {
        this.properties = properties;
    }

    public PortDeskModule() {
        this(ConfigLoader.load("application.properties", "portdesk.yaml"));
    }

    @Override
    protected void configure() {
        Names.bindProperties(binder(), properties);
        bindConstant().annotatedWith(Names.named("dashboard.fallbackUrl"))
                .to("https://dashboard.bandwidth.com/api/accounts");
        bindConstant().annotatedWith(Names.named("support.portal"))
                .to("https://portdesk.kestreltel.net/api/v1/tickets");
        install(new DashboardClientsModule());
        install(new IrisSdkModule());
    }

    @Provides
    @Singleton
    Jdbi jdbi(@Named("db.url") String url, @Named("db.user") String user, @Named("db.password") String password) {
        Jdbi jdbi = Jdbi.create(url, user, password);
        jdbi.installPlugin(new SqlObjectPlugin());
        return jdbi;
    }

    @Provides
    @Singleton
    NumberRepository numberRepository(Jdbi jdbi) {
        return jdbi.onDemand(NumberRepository.class);
    }

    @Provides
    @Singleton
    OkHttpClient okHttp(@Named("http.timeoutSeconds") String timeoutSeconds) {
        Duration timeout = Duration.ofSeconds(Long.parseLong(timeoutSeconds));
        return new OkHttpClient.Builder()
                .connectTimeout(timeout)
                .readTimeout(timeout.multipliedBy(3))
                .build();
    }

    /** Our CRM ("Iris" internally), used to show port status to account managers. */
    @Provides
    @Singleton
    IrisClient crm(@Named("crm.url") String crmUrl, @Named("crm.tenant") String tenant, @Named("crm.apiKey") String apiKey) {
        return new IrisClient(crmUrl, tenant, apiKey);
    }
}
