package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.config.DashboardUrls;
import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.xml.XmlMappers;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.converter.scalars.ScalarsConverterFactory;

import java.time.Duration;

/** Builds Retrofit instances that speak XML to the Dashboard with basic auth. */
public final class DashboardRetrofitFactory {

    private DashboardRetrofitFactory() {
    }

    public static Retrofit create(ToolConfig config) {
        return create(HttpUrl.get(config.dashboardBase() + "/"), config.username(), config.password(),
                config.httpTimeout());
    }

    /** For {@link TnDetailsApi}, whose paths are absolute. */
    public static Retrofit hostOnly(ToolConfig config) {
        return create(HttpUrl.get(DashboardUrls.SDK_HOST + "/"), config.username(), config.password(),
                config.httpTimeout());
    }

    public static Retrofit create(HttpUrl baseUrl, String user, String password, Duration timeout) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(httpClient(user, password, timeout))
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(JacksonConverterFactory.create(XmlMappers.xml()))
                .build();
    }

    static OkHttpClient httpClient(String user, String password, Duration timeout) {
        String auth = Credentials.basic(user == null ? "" : user, password == null ? "" : password);
        return new OkHttpClient.Builder()
                .callTimeout(timeout)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Authorization", auth)
                        .header("Accept", "application/xml")
                        .build()))
                .build();
    }
}
