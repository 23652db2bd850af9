package com.cascadia.numprov.iris;

import com.cascadia.numprov.config.AppConfig;
import com.cascadia.numprov.domain.LabNumbers;

import java.util.List;
import java.util.UUID;

/** TN option orders: the per-number feature switches (SMS, call forward, A2P). */
public class TnOptionClient {

    private final IrisHttp http;
    private final String host;

    public TnOptionClient(IrisHttp http, AppConfig config) {
        this.http = http;
        this.host = config.get("iris.host");
    }

    public String setSms(List<String> tns, boolean on) {
        String url = host + IrisPaths.API_ACCOUNTS + http.accountId() + IrisPaths.TN_OPTIONS;
        StringBuilder numbers = new StringBuilder();
        tns.forEach(tn -> numbers.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        String xml = """
                <TnOptionOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <TnOptionGroups>
                        <TnOptionGroup>
                            <Sms>%s</Sms>
                            <TelephoneNumbers>%s</TelephoneNumbers>
                        </TnOptionGroup>
                    </TnOptionGroups>
                </TnOptionOrder>
                """.formatted("sms-" + UUID.randomUUID(), on ? "on" : "off", numbers);
        return http.post(url, xml);
    }

    /** Run by the NOC after every lab account reset. */
    public String reenableLabSms() {
        return setSms(LabNumbers.SMS_LAB_TNS, true);
    }
}
