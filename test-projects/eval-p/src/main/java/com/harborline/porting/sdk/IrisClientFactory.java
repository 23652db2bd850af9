package com.harborline.porting.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.harborline.porting.config.DashboardProperties;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
public class IrisClientFactory {

    @Singleton
    @Named("default")
    IrisClient irisClient(DashboardProperties props) {
        return new IrisClient(props.getAccountId(), props.getUsername(), props.getPassword());
    }

    @Singleton
    @Named("configured")
    IrisClient configuredIrisClient(DashboardProperties props) {
        return new IrisClient(props.getUrl(), props.getAccountId(), props.getUsername(), props.getPassword(),
                props.getSdkVersion());
    }

    @Singleton
    @Named("sandbox")
    @Requires(env = "sandbox")
    IrisClient sandboxIrisClient(DashboardProperties props) {
        return new IrisClient("https://test.dashboard.bandwidth.com", props.getAccountId(),
                props.getUsername(), props.getPassword(), "v1.0");
    }

    @Singleton
    @Named("v2")
    IrisClient v2IrisClient(DashboardProperties props) {
        return new IrisClient("https://dashboard.bandwidth.com", props.getAccountId(),
                props.getUsername(), props.getPassword(), "api/v2");
    }
}
