package com.northforktel.numbering.config;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.crm.IrisClient;
import com.northforktel.numbering.inventory.JdbcNumberStore;
import com.northforktel.numbering.inventory.NumberStore;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Infrastructure bindings: the shared Vert.x instance, the outbound WebClient, the JDBC pool
 * and the CRM client.
 */
public class HubModule extends AbstractModule {

    private final Vertx vertx;

    public HubModule(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    protected void configure() {
        bind(Vertx.class).toInstance(vertx);
        bind(NumberStore.class).to(JdbcNumberStore.class);
    }

    @Provides
    @Singleton
    WebClient webClient(@Named(ConfigKeys.DASHBOARD_HOST) String dashboardHost) {
        WebClientOptions options = new WebClientOptions()
                .setUserAgent("northfork-numbering-hub/3.8")
                .setDefaultHost(dashboardHost)
                .setDefaultPort(443)
                .setConnectTimeout(5_000)
                .setIdleTimeout(60)
                .setKeepAlive(true)
                .setMaxPoolSize(16)
                .setFollowRedirects(false);
        return WebClient.create(vertx, options);
    }

    @Provides
    @Singleton
    JDBCPool jdbcPool(@Named("store.jdbcUrl") String jdbcUrl,
                      @Named("store.user") String user,
                      @Named("store.password") String password) {
        JDBCConnectOptions connect = new JDBCConnectOptions()
                .setJdbcUrl(jdbcUrl)
                .setUser(user)
                .setPassword(password);
        return JDBCPool.pool(vertx, connect, new PoolOptions().setMaxSize(8).setName("tn-inventory"));
    }

    @Provides
    @Singleton
    IrisClient crmClient(@Named("crm.accountId") String accountId,
                         @Named("crm.username") String username,
                         @Named("crm.password") String password) {
        return new IrisClient(accountId, username, password);
    }
}
