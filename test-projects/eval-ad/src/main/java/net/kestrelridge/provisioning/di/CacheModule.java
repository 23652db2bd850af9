package net.kestrelridge.provisioning.di;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.typesafe.config.Config;
import dagger.Module;
import dagger.Provides;
import java.util.List;
import javax.inject.Named;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.callbacks.PendingOrderRegistry.PendingOrder;

@Module
public final class CacheModule {

    private CacheModule() {
    }

    /** Pending orders keyed by telephone number, filled when an order is sent, read by callbacks. */
    @Provides
    @Singleton
    @Named("pendingOrders")
    static Cache<String, PendingOrder> pendingOrders(Config config) {
        Config c = config.getConfig("caches.pending-orders");
        return Caffeine.newBuilder()
                .maximumSize(c.getLong("maximum-size"))
                .expireAfterWrite(c.getDuration("expire-after-write"))
                .recordStats()
                .build();
    }

    /** Last availability answer per area code, to avoid hammering availableNumbers. */
    @Provides
    @Singleton
    @Named("areaCodeAvailability")
    static Cache<Integer, List<String>> areaCodeAvailability(Config config) {
        Config c = config.getConfig("caches.area-code-availability");
        return Caffeine.newBuilder()
                .maximumSize(c.getLong("maximum-size"))
                .expireAfterWrite(c.getDuration("expire-after-write"))
                .build();
    }
}
