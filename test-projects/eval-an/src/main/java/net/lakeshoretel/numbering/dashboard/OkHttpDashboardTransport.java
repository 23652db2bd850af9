package net.lakeshoretel.numbering.dashboard;

import net.lakeshoretel.numbering.config.JobSettings;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jetbrains.annotations.NotNull;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** OkHttp client with basic auth, shared by all requests of one subtask. */
public class OkHttpDashboardTransport implements DashboardTransport {

    private final OkHttpClient client;

    public OkHttpDashboardTransport(JobSettings settings) {
        String credentials = Credentials.basic(settings.username(), settings.password());
        this.client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofMillis(settings.asyncTimeoutMs()))
                .connectionPool(new ConnectionPool(8, 2, TimeUnit.MINUTES))
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Authorization", credentials)
                        .header("User-Agent", "lakeshore-lnp-enrichment/1.4")
                        .build()))
                .build();
    }

    @Override
    public CompletableFuture<Reply> execute(Request request) {
        CompletableFuture<Reply> future = new CompletableFuture<>();
        client.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(@NotNull Call call, @NotNull IOException e) {
                future.completeExceptionally(e);
            }

            @Override
            public void onResponse(@NotNull Call call, @NotNull Response response) {
                try (ResponseBody body = response.body()) {
                    String text = body == null ? "" : body.string();
                    future.complete(new Reply(response.code(), text, response.header("Location")));
                } catch (IOException e) {
                    future.completeExceptionally(e);
                }
            }
        });
        return future;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
