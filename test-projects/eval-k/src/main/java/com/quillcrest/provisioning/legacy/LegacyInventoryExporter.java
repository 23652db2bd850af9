package com.quillcrest.provisioning.legacy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Monthly CSV export of in-service numbers for finance ("npa,dial string,site").
 * Reads the Dashboard inventory through {@link LegacyIrisHttpClient}.
 */
public class LegacyInventoryExporter {

    private final LegacyIrisHttpClient client;
    private final String siteId;

    public LegacyInventoryExporter(LegacyIrisHttpClient client, String siteId) {
        this.client = client;
        this.siteId = siteId;
    }

    public String export(List<String> areaCodes) throws IOException, URISyntaxException {
        StringBuilder csv = new StringBuilder("npa,dial_string,site\n");
        for (String areaCode : areaCodes) {
            List<String> tns = LegacyTnParser.telephoneNumbers(client.getInServiceNumbers(areaCode, 1));
            for (String tn : tns) {
                String npa = tn.substring(0, 3);
                String dialString = "1" + tn;
                csv.append(npa).append(',').append(dialString).append(',').append(siteId).append('\n');
            }
        }
        return csv.toString();
    }
}
