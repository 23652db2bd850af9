package net.larkspurtel.provisioning.functions;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.NotificationXml;

/**
 * Receives Dashboard order notifications at
 * {@code https://provisioning.larkspurtel.net/api/dashboard/callbacks}.
 */
public class OrderCallbackFunction implements HttpFunction {

    private static final Logger LOG = Logger.getLogger(OrderCallbackFunction.class.getName());

    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        DashboardSettings settings = ProvisioningModule.get().settings();
        if (!authorized(request.getFirstHeader("Authorization"), settings)) {
            response.setStatusCode(401);
            return;
        }
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        NotificationXml notification = XmlSupport.read(body, NotificationXml.class);
        List<String> activated = ProvisioningModule.get().notifications().process(notification);
        LOG.info(() -> "notification " + notification.orderId + " (" + notification.orderType + ") activated "
                + activated.size() + " numbers");
        response.setStatusCode(200);
    }

    static boolean authorized(Optional<String> header, DashboardSettings settings) {
        if (settings.callbackUser() == null) {
            return true;
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (settings.callbackUser() + ":" + settings.callbackPassword()).getBytes(StandardCharsets.UTF_8));
        return header.map(expected::equals).orElse(false);
    }
}
