package net.tallgrasstel.backoffice.hosting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offline checks of the SDK models we fill and of the sales CSV planner. */
class HostedMessagingServiceTest {

    @Test
    void importOrderCarriesNumbers() {
        TelephoneNumber tn = new TelephoneNumber();
        tn.setFullNumber("7855550191");
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("TG-HM-TEST");
        order.setSiteId(461);
        order.setSipPeer(303716);
        order.setTelephoneNumberList(List.of(tn));

        assertEquals(1, order.getTelephoneNumberList().size());
        assertEquals("TG-HM-TEST", order.getCustomerOrderId());
    }

    @Test
    void checkerPayloadKeepsOrder() {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(List.of(
                "7855550194",
                "+17855550195"));
        assertEquals(2, payload.getTelephoneNumberList().size());
    }

    @Test
    void plannerReadsSalesCsv() throws Exception {
        ImportBatchPlanner planner = new ImportBatchPlanner(null, null, "https://dashboard.bandwidth.com/api/v2",
                "9900778", java.util.Map.of("siteId", "461", "sipPeerId", "303716"));
        String csv = """
                customer,crmAccount,loaSigner,numbers
                Flint Hills Veterinary,5012237788,Kelsey Brandt,+17855550191;+17855550192
                Flint Hills Veterinary,5012237788,Kelsey Brandt,+17855550193
                """;
        var plan = planner.plan(new StringReader(csv));
        assertEquals(1, plan.size());
        assertEquals(3, plan.get(0).getNumbers().size());
        assertEquals("5012237788", plan.get(0).getCrmAccountNumber());
    }
}
