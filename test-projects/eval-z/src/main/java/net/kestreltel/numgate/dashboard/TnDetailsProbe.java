package net.kestreltel.numgate.dashboard;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import net.kestreltel.numgate.config.DashboardProperties;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator health check: looks up our canary number on the Dashboard. Deliberately uses the
 * JDK client and not the shared WebClient, so a broken codec setup does not hide an outage.
 */
@Component("dashboard")
public class TnDetailsProbe implements HealthIndicator {

    static final String HOST = "https://dashboard.bandwidth.com";

    private final DashboardProperties props;
    private final DashboardXmlCodec xml;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public TnDetailsProbe(DashboardProperties props, DashboardXmlCodec xml) {
        this.props = props;
        this.xml = xml;
    }

    @Override
    public Health health() {
        if (props.canaryTn() == null) {
            return Health.unknown().withDetail("reason", "no canary number configured").build();
        }
        URI uri = URI.create(String.format("%s/v1.0/accounts/%s/tns/%s/tndetails", HOST, props.accountId(), props.canaryTn()));
        String auth = Base64.getEncoder()
                .encodeToString((props.username() + ":" + props.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + auth)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Health.down().withDetail("status", response.statusCode()).build();
            }
            TnDetails.Detail detail = xml.read(response.body(), TnDetails.class).detail();
            return Health.up()
                    .withDetail("canary", detail.fullNumber())
                    .withDetail("tnStatus", detail.status())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }

    /** Answer of GET tns/{tn}/tndetails, reduced to what the probe looks at. */
    @JacksonXmlRootElement(localName = "TelephoneNumberResponse")
    record TnDetails(@JacksonXmlProperty(localName = "TelephoneNumberDetails") Detail detail) {

        record Detail(
                @JacksonXmlProperty(localName = "FullNumber") long fullNumber,
                @JacksonXmlProperty(localName = "Status") String status,
                @JacksonXmlProperty(localName = "RateCenter") String rateCenter,
                @JacksonXmlProperty(localName = "Tier") int tier) {
        }
    }
}
