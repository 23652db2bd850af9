package net.tallgrasstel.backoffice.common;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** OkHttp clients shared by the Retrofit services, and their interceptors. */
public final class HttpClients {

    private HttpClients() {
    }

    public static OkHttpClient dashboard(String user, String password, boolean debugBodies) {
        HttpLoggingInterceptor bodies = new HttpLoggingInterceptor();
        bodies.setLevel(debugBodies ? HttpLoggingInterceptor.Level.BODY : HttpLoggingInterceptor.Level.NONE);
        bodies.redactHeader("Authorization");
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .addInterceptor(new LegacyHostRewriteInterceptor())
                .addInterceptor(new BasicAuthInterceptor(user, password))
                .addInterceptor(new UrlLoggingInterceptor())
                .addNetworkInterceptor(bodies)
                .build();
    }

    public static OkHttpClient plain() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .addInterceptor(new UrlLoggingInterceptor())
                .build();
    }

    /** Adds the Dashboard API user's credentials, but only to requests going to a Dashboard host. */
    public static final class BasicAuthInterceptor implements Interceptor {

        private final String credentials;

        public BasicAuthInterceptor(String user, String password) {
            this.credentials = Credentials.basic(user, password);
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            String host = request.url().host();
            if (!host.equals("dashboard.bandwidth.com") && !host.equals("test.dashboard.bandwidth.com")) {
                return chain.proceed(request);
            }
            return chain.proceed(request.newBuilder()
                    .header("Authorization", credentials)
                    .header("Accept", "application/xml")
                    .build());
        }
    }

    /**
     * Logs every outgoing call with the account id and phone numbers masked, so that the access
     * log can be shipped to the shared ELK cluster.
     */
    public static final class UrlLoggingInterceptor implements Interceptor {

        private static final Logger log = LoggerFactory.getLogger(UrlLoggingInterceptor.class);
        private static final Pattern ACCOUNT = Pattern.compile("/accounts/\\d+/");
        private static final Pattern TN_IN_PATH = Pattern.compile("/tns/\\+?\\d+");

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            String masked = TN_IN_PATH.matcher(ACCOUNT.matcher(request.url().encodedPath()).replaceFirst("/accounts/***/"))
                    .replaceAll("/tns/***");
            long started = System.nanoTime();
            Response response = chain.proceed(request);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            log.info("{} {}{} -> {} in {} ms", request.method(), request.url().host(), masked, response.code(), tookMs);
            if (response.code() == 404 && masked.startsWith("/api/accounts")) {
                log.warn("404 from https://dashboard.bandwidth.com/api/accounts/... - check the path against the API reference");
            }
            return response;
        }
    }

    /**
     * The porting desk's old scripts still produce inetwork.com URLs. Bandwidth retired the DNS
     * names for our account in 2023, so send those calls to the Dashboard host instead.
     */
    public static final class LegacyHostRewriteInterceptor implements Interceptor {

        private static final String LEGACY_HOST = "api.inetwork.com";
        private static final String LEGACY_TEST_HOST = "api.test.inetwork.com";

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            HttpUrl url = request.url();
            if (url.host().equals(LEGACY_HOST)) {
                url = url.newBuilder().host("dashboard.bandwidth.com").build();
            } else if (url.host().equals(LEGACY_TEST_HOST)) {
                url = url.newBuilder().host("test.dashboard.bandwidth.com").build();
            } else {
                return chain.proceed(request);
            }
            return chain.proceed(request.newBuilder().url(url).build());
        }
    }
}
