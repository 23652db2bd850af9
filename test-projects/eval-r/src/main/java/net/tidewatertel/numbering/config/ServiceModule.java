package net.tidewatertel.numbering.config;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.PoolOptions;
import net.tidewatertel.numbering.dashboard.XmlMappers;
import net.tidewatertel.numbering.store.JdbcNumberStore;
import net.tidewatertel.numbering.store.NumberStore;

public class ServiceModule extends AbstractModule {

  private final Vertx vertx;

  public ServiceModule(Vertx vertx) {
    this.vertx = vertx;
  }

  @Override
  protected void configure() {
    bind(Vertx.class).toInstance(vertx);
    bind(NumberStore.class).to(JdbcNumberStore.class);
  }

  @Provides
  @Singleton
  WebClient webClient(@Named("http.user-agent") String userAgent,
                      @Named("dashboard.timeout-ms") int timeoutMs) {
    WebClientOptions options = new WebClientOptions()
        .setUserAgent(userAgent)
        .setConnectTimeout(timeoutMs)
        .setIdleTimeout(60)
        .setKeepAlive(true)
        .setFollowRedirects(false);
    return WebClient.create(vertx, options);
  }

  @Provides
  @Singleton
  XmlMapper xmlMapper() {
    return XmlMappers.dashboard();
  }

  @Provides
  @Singleton
  JDBCPool jdbcPool(@Named("db.url") String url,
                    @Named("db.user") String user,
                    @Named("db.password") String password,
                    @Named("db.max-pool-size") int maxPoolSize) {
    JDBCConnectOptions connect = new JDBCConnectOptions()
        .setJdbcUrl(url)
        .setUser(user)
        .setPassword(password);
    return JDBCPool.pool(vertx, connect, new PoolOptions().setMaxSize(maxPoolSize));
  }
}
