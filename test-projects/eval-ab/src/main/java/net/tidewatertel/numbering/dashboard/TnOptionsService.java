package net.tidewatertel.numbering.dashboard;

import java.util.List;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.dashboard.http.TnOptionsApi;
import net.tidewatertel.numbering.support.CorrelationIds;

import org.springframework.stereotype.Service;

/**
 * TN option orders (caller-ID name display, SMS on/off, A2P campaign) for many numbers at once.
 */
@Service
public class TnOptionsService {

    private final TnOptionsApi api;
    private final DashboardProperties props;

    public TnOptionsService(TnOptionsApi api, DashboardProperties props) {
        this.api = api;
        this.props = props;
    }

    public String setSms(List<String> telephoneNumbers, boolean on) {
        StringBuilder xml = new StringBuilder()
                .append("<TnOptionOrder>")
                .append("<CustomerOrderId>").append(CorrelationIds.next("TNO")).append("</CustomerOrderId>")
                .append("<TnOptionGroups><TnOptionGroup>")
                .append("<Sms>").append(on ? "on" : "off").append("</Sms>")
                .append("<TelephoneNumbers>");
        telephoneNumbers.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></TnOptionGroup></TnOptionGroups></TnOptionOrder>");
        return api.create(props.getAccountId(), xml.toString());
    }

    public String assignCampaign(List<String> telephoneNumbers, String campaignId) {
        String tns = String.join("</TelephoneNumber><TelephoneNumber>", telephoneNumbers);
        String xml = """
                <TnOptionOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <TnOptionGroups>
                        <TnOptionGroup>
                            <Sms>on</Sms>
                            <A2pSettings>
                                <CampaignId>%s</CampaignId>
                                <Action>asSpecified</Action>
                            </A2pSettings>
                            <TelephoneNumbers><TelephoneNumber>%s</TelephoneNumber></TelephoneNumbers>
                        </TnOptionGroup>
                    </TnOptionGroups>
                </TnOptionOrder>
                """.formatted(CorrelationIds.next("A2P"), campaignId, tns);
        return api.create(props.getAccountId(), xml);
    }
}
