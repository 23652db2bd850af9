package net.larkspurtel.provisioning.functions;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.larkspurtel.provisioning.thirdparty.BandwidthOAuth;
import net.larkspurtel.provisioning.thirdparty.MfaClient;
import net.larkspurtel.provisioning.util.PhoneNumbers;

/**
 * {@code POST /sms} with {"numbers":["9195550148"],"enabled":true}: switches SMS for numbers
 * on our SIP peer. Single numbers go through the location (sippeer) settings, bulk requests
 * through a TN option order. Callers must pass the MFA code they received in {@code X-Mfa-Code}.
 */
public class SmsFeatureFunction implements HttpFunction {

    static class SmsRequest {
        List<String> numbers;
        boolean enabled;
        String customerOrderId;
    }

    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        SmsRequest body = HttpJson.read(request, SmsRequest.class);
        if (body == null || body.numbers == null || body.numbers.isEmpty()) {
            HttpJson.error(response, 400, "numbers is required");
            return;
        }
        ProvisioningModule module = ProvisioningModule.get();
        String operator = request.getFirstHeader("X-Operator-Number").orElse("");
        String code = request.getFirstHeader("X-Mfa-Code").orElse("");
        MfaClient mfa = new MfaClient(module.transport().createRequestFactory(),
                new BandwidthOAuth(module.transport().createRequestFactory(), System.getenv("BW_CLIENT_ID"),
                        System.getenv("BW_CLIENT_SECRET"), Clock.systemUTC()),
                module.settings().accountId(), System.getenv("MFA_APP_ID"));
        if (!mfa.verify(operator, code)) {
            HttpJson.error(response, 403, "MFA code rejected");
            return;
        }
        if (body.numbers.size() == 1) {
            module.sipPeerTns().setSms(body.numbers.get(0), body.enabled);
            HttpJson.write(response, 200, Map.of("updated", body.numbers.get(0)));
        } else {
            List<String> e164 = body.numbers.stream().map(PhoneNumbers::toE164).flatMap(o -> o.stream()).toList();
            String answer = module.messagingFeatures().setSms(body.customerOrderId, e164, body.enabled);
            HttpJson.write(response, 202, Map.of("order", answer));
        }
    }
}
