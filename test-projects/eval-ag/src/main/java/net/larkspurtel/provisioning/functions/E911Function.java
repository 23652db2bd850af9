package net.larkspurtel.provisioning.functions;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.util.Map;
import net.larkspurtel.provisioning.model.E911AddressXml;
import net.larkspurtel.provisioning.service.E911AddressService;

/**
 * Portal-facing E911 endpoint, deployed behind the API gateway as
 * {@code /api/e911/addresses} and {@code /api/e911/addresses/{addressId}}.
 */
public class E911Function implements HttpFunction {

    static final String ROUTE = "/api/e911/addresses";

    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        String path = request.getPath();
        if (!path.startsWith(ROUTE)) {
            HttpJson.error(response, 404, "unknown route " + path);
            return;
        }
        String addressId = path.length() > ROUTE.length() + 1 ? path.substring(ROUTE.length() + 1) : null;
        E911AddressService e911 = ProvisioningModule.get().e911();
        switch (request.getMethod()) {
            case "GET" -> {
                if (addressId == null) {
                    int page = request.getFirstQueryParameter("page").map(Integer::parseInt).orElse(1);
                    HttpJson.write(response, 200, e911.list(page));
                } else {
                    HttpJson.write(response, 200, e911.get(addressId));
                }
            }
            case "POST" -> {
                E911AddressXml address = HttpJson.read(request, E911AddressXml.class);
                HttpJson.write(response, 201, Map.of("result", e911.create(address)));
            }
            case "DELETE" -> {
                e911.delete(addressId);
                response.setStatusCode(204);
            }
            default -> HttpJson.error(response, 405, request.getMethod() + " not allowed");
        }
    }
}
