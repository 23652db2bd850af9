package net.kestreltel.numgate.e911;

import net.kestreltel.numgate.config.KestrelProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads and updates service addresses in Kestrel's CRM (JSON API). */
@Component
public class CrmAddressClient {

    private final WebClient crm;

    public CrmAddressClient(WebClient.Builder builder, KestrelProperties.Crm props) {
        this.crm = builder.clone()
                .baseUrl(props.baseUrl())
                .defaultHeader("X-Api-Key", props.apiKey())
                .defaultHeader("X-Partner-Account", props.partnerAccountId())
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    public Flux<CustomerAddress> addressesOf(String customerId) {
        return crm.get()
                .uri("/accounts/{accountId}/addresses", customerId)
                .retrieve()
                .bodyToFlux(CustomerAddress.class);
    }

    public Mono<Void> linkE911(String customerId, String addressId, String e911AddressId) {
        return crm.patch()
                .uri(b -> b.path("/accounts/{accountId}/addresses/{addressId}").build(customerId, addressId))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(java.util.Map.of("e911AddressId", e911AddressId))
                .retrieve()
                .bodyToMono(Void.class);
    }

    /** A service address as Kestrel's CRM stores it. */
    public record CustomerAddress(
            String id,
            String customerId,
            String line1,
            String city,
            String state,
            String postalCode,
            String e911AddressId) {

        /** Splits "1200 Main St" into house number and street name. */
        public String[] houseAndStreet() {
            int space = line1.indexOf(' ');
            return space < 0 ? new String[] {"", line1} : new String[] {line1.substring(0, space), line1.substring(space + 1)};
        }
    }
}
