package net.cascadiatel.provisioning.iris;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.ws.WSAuthScheme;
import play.libs.ws.WSClient;
import play.libs.ws.WSRequest;
import play.libs.ws.WSResponse;

/** Thin wrapper over Play WS for the Dashboard calls the SDK does not cover. */
@Singleton
public class DashboardWsClient {

    private static final Logger log = LoggerFactory.getLogger(DashboardWsClient.class);
    private static final String XML = "application/xml";

    private final WSClient ws;
    private final IrisSettings settings;

    @Inject
    public DashboardWsClient(WSClient ws, IrisSettings settings) {
        this.ws = ws;
        this.settings = settings;
    }

    public WSRequest request(String url) {
        return ws.url(url)
                .setAuth(settings.username(), settings.password(), WSAuthScheme.BASIC)
                .addHeader("Accept", XML)
                .addHeader("User-Agent", "cascadia-provisioning/3")
                .setRequestTimeout(Duration.ofSeconds(30));
    }

    public CompletionStage<WSResponse> getXml(String url) {
        return request(url).get();
    }

    public CompletionStage<WSResponse> postXml(String url, String body) {
        return request(url).setContentType(XML).post(body);
    }

    public CompletionStage<WSResponse> putXml(String url, String body) {
        return request(url).setContentType(XML).put(body);
    }

    public CompletionStage<WSResponse> delete(String url) {
        return request(url).delete();
    }

    /** Fails the stage on anything but 2xx, keeping the Dashboard error text. */
    public CompletionStage<String> checked(CompletionStage<WSResponse> stage) {
        return stage.thenApply(response -> {
            if (response.getStatus() / 100 != 2) {
                log.warn("Dashboard answered {} for {}", response.getStatus(), response.getUri());
                throw new CompletionException(new DashboardException(response.getStatus(), response.getBody()));
            }
            return response.getBody();
        });
    }

    public static final class DashboardException extends RuntimeException {
        private final int status;

        public DashboardException(int status, String body) {
            super("Dashboard error " + status + ": " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
