package net.tidewatertel.provisioning.sippeer;

import java.io.IOException;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/** TN option orders: CNAM display, SMS on/off, call forwarding in bulk. */
public class TnOptionService {

    /** CNAM display for the main lines of the Norfolk office, applied after every site rebuild. */
    private static final String MAIN_LINES_CNAM = """
            <TnOptionOrder>
              <CustomerOrderId>cnam-main-lines</CustomerOrderId>
              <TnOptionGroups>
                <TnOptionGroup>
                  <CallingNameDisplay>on</CallingNameDisplay>
                  <TelephoneNumbers>
                    <TelephoneNumber>7575550100</TelephoneNumber>
                  </TelephoneNumbers>
                </TnOptionGroup>
              </TnOptionGroups>
            </TnOptionOrder>
            """;

    private final DashboardHttpClient http;
    private final DashboardPaths paths;

    public TnOptionService(DashboardHttpClient http, DashboardPaths paths) {
        this.http = http;
        this.paths = paths;
    }

    public String setSms(String customerOrderId, List<String> numbers, boolean enabled) throws IOException {
        Document doc = XmlSupport.newDocument("TnOptionOrder");
        Element root = doc.getDocumentElement();
        XmlSupport.append(doc, root, "CustomerOrderId", customerOrderId);
        Element groups = XmlSupport.append(doc, root, "TnOptionGroups", null);
        Element group = XmlSupport.append(doc, groups, "TnOptionGroup", null);
        XmlSupport.append(doc, group, "Sms", enabled ? "on" : "off");
        Element tns = XmlSupport.append(doc, group, "TelephoneNumbers", null);
        for (String tn : numbers) {
            XmlSupport.append(doc, tns, "TelephoneNumber", tn);
        }
        HttpResult result = http.post(paths.tnOptions(), XmlSupport.toString(doc));
        return result.createdId();
    }

    public String restoreMainLinesCnam() throws IOException {
        return http.post(paths.tnOptions(), MAIN_LINES_CNAM).createdId();
    }
}
