package net.tallgrasstel.backoffice.dashboard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.reactivex.rxjava3.schedulers.Schedulers;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.adapter.rxjava3.RxJava3CallAdapterFactory;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.converter.simplexml.SimpleXmlConverterFactory;

/**
 * Retrofit instances for the Dashboard. Older services use Simple XML models, newer ones Jackson XML.
 */
public final class DashboardRetrofitFactory {

    static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api/";

    private DashboardRetrofitFactory() {
    }

    @SuppressWarnings("deprecation")
    public static Retrofit simpleXml(String baseUrl, OkHttpClient client) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(client)
                .addConverterFactory(SimpleXmlConverterFactory.createNonStrict())
                .addCallAdapterFactory(RxJava3CallAdapterFactory.createWithScheduler(Schedulers.io()))
                .build();
    }

    public static Retrofit jacksonXml(String baseUrl, OkHttpClient client) {
        XmlMapper mapper = new XmlMapper();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(client)
                .addConverterFactory(JacksonConverterFactory.create(mapper))
                .addCallAdapterFactory(RxJava3CallAdapterFactory.createWithScheduler(Schedulers.io()))
                .build();
    }

    public static Retrofit defaultSimpleXml(OkHttpClient client) {
        return simpleXml(DEFAULT_BASE_URL, client);
    }

    /** Sandbox account used by the nightly smoke job. */
    public static Retrofit sandbox(OkHttpClient client) {
        return simpleXml("https://test.dashboard.bandwidth.com/api/v1/", client);
    }
}
