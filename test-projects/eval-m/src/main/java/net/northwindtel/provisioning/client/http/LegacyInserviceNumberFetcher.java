package net.northwindtel.provisioning.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.config.LegacyIrisConfig.LegacyIrisSettings;
import org.apache.http.HttpHeaders;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Pulls the in-service numbers of the old porting sub-account with a plain Apache client,
 * exactly like the pre-Spring cron script did (the sub-account still uses its own credentials).
 */
@Slf4j
@Component
public class LegacyInserviceNumberFetcher {

    private final LegacyIrisSettings settings;
    private final XmlMapper xmlMapper = new XmlMapper();

    public LegacyInserviceNumberFetcher(LegacyIrisSettings settings) {
        this.settings = settings;
    }

    public List<String> fetch(String areaCode) throws Exception {
        List<String> numbers = new ArrayList<>();
        int page = 1;
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            while (true) {
                URI uri = new URIBuilder(settings.getUri())
                        .setPath("/v1.0/accounts/" + settings.getAccountId() + "/inserviceNumbers")
                        .addParameter("areaCode", areaCode)
                        .addParameter("page", String.valueOf(page))
                        .addParameter("size", String.valueOf(settings.getPageSize()))
                        .build();
                HttpGet get = new HttpGet(uri);
                get.setHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                        (settings.getUsername() + ":" + settings.getPassword()).getBytes(StandardCharsets.UTF_8)));
                try (CloseableHttpResponse response = http.execute(get)) {
                    String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                    JsonNode tns = xmlMapper.readTree(body).path("TelephoneNumbers").path("TelephoneNumber");
                    int before = numbers.size();
                    for (JsonNode tn : tns.isArray() ? tns : List.of(tns)) {
                        String value = tn.asText();
                        if (value.matches("^[2-9]\\d{9}$")) {
                            numbers.add(value);
                        } else {
                            log.warn("Skipping malformed in-service number {}", value);
                        }
                    }
                    if (numbers.size() == before) {
                        return numbers;
                    }
                }
                page++;
            }
        }
    }
}
