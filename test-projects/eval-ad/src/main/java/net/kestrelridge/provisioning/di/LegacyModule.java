package net.kestrelridge.provisioning.di;

import com.bandwidth.iris.sdk.IrisClient;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.legacy.IrisClientFactory;

@Module
public final class LegacyModule {

    private LegacyModule() {
    }

    @Provides
    @Singleton
    static IrisClient irisClient(IrisClientFactory factory) {
        return factory.fromProperties("iris-sdk.properties");
    }
}
