package net.kestreltel.numgate.dashboard;

import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.E911Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * E911 service addresses on the Dashboard. The Dashboard validates the address against
 * MSAG when it is created; we keep the returned id on the customer record.
 */
@Component
public class E911AddressClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressClient.class);

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final DashboardXmlCodec xml;

    public E911AddressClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                             DashboardProperties props, DashboardXmlCodec xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    public Flux<E911Address> listAddresses() {
        return listPage(1)
                .expand(page -> page.addressesOrEmpty().size() < props.pageSize()
                        ? Mono.empty()
                        : listPage(nextPageNumber(page)))
                .concatMapIterable(E911Address.Page::addressesOrEmpty);
    }

    private Mono<E911Address.Page> listPage(int page) {
        return dashboard.get()
                .uri(b -> b.path(DashboardPaths.E911_ADDRESSES)
                        .queryParam("page", page)
                        .queryParam("size", props.pageSize())
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> xml.read(body, E911Address.Page.class));
    }

    private int nextPageNumber(E911Address.Page page) {
        return page.totalCount() / props.pageSize() + 1;
    }

    public Mono<E911Address> getAddress(String addressId) {
        return dashboard.get()
                .uri("/accounts/{accountId}/addresses/{addressId}", props.accountId(), addressId)
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> xml.read(body, E911Address.class));
    }

    /** Creates the address and answers the id taken from the Location header. */
    public Mono<String> createAddress(E911Address address) {
        return dashboard.post()
                .uri(b -> b.pathSegment("accounts", props.accountId(), "addresses").build())
                .bodyValue(xml.write(address))
                .retrieve()
                .toBodilessEntity()
                .map(response -> {
                    String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
                    return location == null ? "" : location.substring(location.lastIndexOf('/') + 1);
                });
    }

    public Mono<Void> deleteAddress(String addressId) {
        String path = "/accounts/" + props.accountId() + "/addresses/" + addressId;
        log.info("Deleting E911 address {} of account {}", addressId, props.accountId());
        return dashboard.delete()
                .uri(path)
                .retrieve()
                .bodyToMono(Void.class);
    }

    /** Addresses that failed MSAG validation, for the morning ops report. */
    public Flux<E911Address> invalidAddresses() {
        return dashboard.get()
                .uri(String.format("/accounts/%s/addresses?status=%s&size=%d",
                        props.accountId(), "INVALID", props.pageSize()))
                .retrieve()
                .bodyToMono(String.class)
                .flatMapIterable(body -> xml.read(body, E911Address.Page.class).addressesOrEmpty());
    }

    /** Endpoint (dynamic location) addresses were built on the newer resource from the start. */
    public Flux<E911Address> endpointAddresses(String endpointId) {
        return dashboard.get()
                .uri("/accounts/{accountId}/e911Addresses?endpointId={endpointId}", props.accountId(), endpointId)
                .retrieve()
                .bodyToMono(String.class)
                .flatMapIterable(body -> xml.read(body, E911Address.Page.class).addressesOrEmpty());
    }
}
