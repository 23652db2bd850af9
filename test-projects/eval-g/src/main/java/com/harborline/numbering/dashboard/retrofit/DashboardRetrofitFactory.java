package com.harborline.numbering.dashboard.retrofit;

import com.harborline.numbering.config.DashboardSettings;
import java.time.Duration;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * Builds {@link DashboardRetrofitApi} instances for the batch jobs.
 */
public final class DashboardRetrofitFactory {

    /** Used by the jobs when they run from the ops box without Quarkus config. */
    static final String FALLBACK_BASE_URL = "https://dashboard.bandwidth.com/api/";

    private DashboardRetrofitFactory() {
    }

    public static DashboardRetrofitApi create(DashboardSettings settings) {
        String base = settings.baseUrl() != null ? settings.baseUrl() + "/" : FALLBACK_BASE_URL;
        return create(base, settings.username(), settings.password());
    }

    public static DashboardRetrofitApi create(String baseUrl, String user, String password) {
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(new BasicAuthInterceptor(user, password))
                .callTimeout(Duration.ofSeconds(60))
                .build();
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(http)
                .addConverterFactory(ScalarsConverterFactory.create())
                .build()
                .create(DashboardRetrofitApi.class);
    }

    /** Sandbox instance for the QA tooling. */
    public static DashboardRetrofitApi sandbox(String user, String password) {
        return create("https://test.dashboard.bandwidth.com/api/v1/", user, password);
    }
}
