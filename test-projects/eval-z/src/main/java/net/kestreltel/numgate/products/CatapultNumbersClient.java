package net.kestreltel.numgate.products;

import java.util.List;
import net.kestreltel.numgate.config.BandwidthProductsProperties;
import net.kestreltel.numgate.config.DashboardClientConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The old Catapult "available numbers" search, still used by the reseller sandbox which
 * has a Catapult user but no Dashboard account. JSON, not XML.
 */
@Component
public class CatapultNumbersClient {

    private final WebClient products;
    private final BandwidthProductsProperties.Product catapult;

    public CatapultNumbersClient(@Qualifier(DashboardClientConfig.PRODUCTS) WebClient products,
                                 BandwidthProductsProperties props) {
        this.products = products;
        this.catapult = props.catapult();
    }

    public Mono<List<CatapultNumber>> localNumbers(int areaCode, int quantity) {
        return products.get()
                .uri(catapult.baseUrl() + "/v1/users/{userId}/availableNumbers/local?areaCode={areaCode}&quantity={quantity}",
                        catapult.accountId(), areaCode, quantity)
                .headers(h -> h.setBasicAuth(catapult.username(), catapult.password()))
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<List<CatapultNumber>>() { });
    }

    public record CatapultNumber(String number, String nationalNumber, String city, String rateCenter, String state) {
    }
}
