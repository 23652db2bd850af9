package com.lumenwave.provisioning.iris;

import com.lumenwave.provisioning.config.IrisProperties;
import com.lumenwave.provisioning.iris.dto.E911Address;
import com.lumenwave.provisioning.iris.dto.E911AddressList;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads the E911 addresses provisioned on our Dashboard account so that support can
 * match them against the service addresses customers enter in the portal.
 */
@Component
public class E911AddressClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressClient.class);

    private final RestClient irisRestClient;
    private final IrisProperties props;

    public E911AddressClient(@Qualifier("irisRestClient") RestClient irisRestClient, IrisProperties props) {
        this.irisRestClient = irisRestClient;
        this.props = props;
    }

    public List<E911Address> list() {
        log.debug("GET {}/accounts/{}/addresses", props.baseUrl(), props.accountId());
        E911AddressList body = irisRestClient.get()
                .uri(IrisPaths.E911_ADDRESSES, props.accountId())
                .retrieve()
                .body(E911AddressList.class);
        return body == null || body.addresses() == null ? List.of() : body.addresses();
    }

    public List<E911Address> page(int page, int size) {
        E911AddressList body = irisRestClient.get()
                .uri(b -> b.path("/accounts/{accountId}/addresses")
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(props.accountId()))
                .retrieve()
                .body(E911AddressList.class);
        return body == null || body.addresses() == null ? List.of() : body.addresses();
    }

    public E911Address get(String addressId) {
        return irisRestClient.get()
                .uri(IrisPaths.E911_ADDRESS, props.accountId(), addressId)
                .retrieve()
                .body(E911Address.class);
    }

    /** Deep link handed to the support console. */
    public URI addressUri(String addressId) {
        return UriComponentsBuilder.fromHttpUrl(Objects.requireNonNullElse(props.baseUrl(), IrisPaths.DASHBOARD_ROOT))
                .pathSegment("accounts", props.accountId(), "addresses", addressId)
                .build()
                .toUri();
    }
}
