package net.larkspurtel.provisioning.functions;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.larkspurtel.provisioning.thirdparty.CatapultNumberSearch;

/**
 * {@code GET /search?areaCode=919&quantity=5[&tenant=reseller]} for the order portal.
 * Reseller tenants still search the Catapult platform.
 */
public class SearchNumbersFunction implements HttpFunction {

    private static final int DEFAULT_QUANTITY = 10;

    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        Optional<String> areaCode = request.getFirstQueryParameter("areaCode");
        if (areaCode.isEmpty() || !areaCode.get().matches("[2-9]\\d{2}")) {
            HttpJson.error(response, 400, "areaCode must be a 3-digit NPA");
            return;
        }
        int quantity = request.getFirstQueryParameter("quantity").map(Integer::parseInt).orElse(DEFAULT_QUANTITY);
        boolean reseller = request.getFirstQueryParameter("tenant").filter("reseller"::equals).isPresent();

        List<String> numbers;
        if (reseller) {
            CatapultNumberSearch catapult = new CatapultNumberSearch(new NetHttpTransport().createRequestFactory(),
                    System.getenv("CATAPULT_USER_ID"), System.getenv("CATAPULT_TOKEN"),
                    System.getenv("CATAPULT_SECRET"));
            numbers = catapult.localNumbers(areaCode.get(), quantity);
        } else if (request.getFirstQueryParameter("preview").isPresent()) {
            numbers = ProvisioningModule.get().numberSearch().preview(areaCode.get());
        } else {
            numbers = ProvisioningModule.get().numberSearch().searchByAreaCode(areaCode.get(), quantity);
        }
        HttpJson.write(response, 200, Map.of("areaCode", areaCode.get(), "numbers", numbers));
    }
}
