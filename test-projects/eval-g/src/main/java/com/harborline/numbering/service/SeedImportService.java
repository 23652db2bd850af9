package com.harborline.numbering.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.harborline.numbering.config.ObjectMappers;
import com.harborline.numbering.dto.ImportOrderRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Re-applies the hosted-messaging seed (numbers of the 2021 "Coastal Clinics"
 * migration) when a fresh sandbox account is set up.
 */
@ApplicationScoped
public class SeedImportService {

    record Seed(@JsonProperty("customerOrderId") String customerOrderId,
                @JsonProperty("siteId") int siteId,
                @JsonProperty("sipPeerId") int sipPeerId,
                @JsonProperty("subscriberName") String subscriberName,
                @JsonProperty("loaAuthorizingPerson") String loaAuthorizingPerson,
                @JsonProperty("telephoneNumbers") List<String> telephoneNumbers) {
    }

    @Inject
    HostedMessagingService hostedMessaging;

    public Seed loadSeed() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/hosted-numbers-seed.json")) {
            return ObjectMappers.JSON.readValue(in, Seed.class);
        }
    }

    public String apply() throws Exception {
        Seed seed = loadSeed();
        ImportOrderRequest request = ImportOrderRequest.builder()
                .customerOrderId(seed.customerOrderId())
                .siteId(seed.siteId())
                .sipPeerId(seed.sipPeerId())
                .subscriberName(seed.subscriberName())
                .loaAuthorizingPerson(seed.loaAuthorizingPerson())
                .telephoneNumbers(seed.telephoneNumbers())
                .build();
        return hostedMessaging.importNumbers(request);
    }
}
