package com.kestrelvoice.numlife.partner;

import com.kestrelvoice.numlife.config.PartnerApisProperties;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The legacy Catapult API, still used by the conferencing product for local number lookups.
 */
@Component
@RequiredArgsConstructor
public class CatapultNumberSearchClient {

    @Qualifier("catapult")
    private final RestClient catapult;
    private final PartnerApisProperties partners;

    public String searchLocal(String areaCode, int quantity) {
        return catapult.get()
                .uri("/users/{userId}/availableNumbers/local?areaCode={areaCode}&quantity={quantity}",
                        partners.getCatapult().getUserId(), areaCode, quantity)
                .retrieve()
                .body(String.class);
    }

    public String searchLocalByBuilder(String areaCode) {
        return catapult.get()
                .uri(b -> b.path("/users/{userId}/availableNumbers/local")
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", 5)
                        .build(partners.getCatapult().getUserId()))
                .retrieve()
                .body(String.class);
    }

    public String orderLocal(String areaCode) {
        return catapult.post()
                .uri("https://api.catapult.inetwork.com/v1/users/{userId}/availableNumbers/local?areaCode={areaCode}&quantity=1",
                        partners.getCatapult().getUserId(), areaCode)
                .retrieve()
                .body(String.class);
    }
}
