package net.harborlinecarrier.tnvault.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.harborlinecarrier.tnvault.dashboard.OrderClient;
import net.harborlinecarrier.tnvault.dashboard.SipPeerTnClient;
import net.harborlinecarrier.tnvault.dashboard.TnOptionsClient;

/**
 * Orders and configures the carrier test lines (milliwatt, loopback, NOC) that every
 * interconnect partner dials during turn-up. Run by the ops task /admin/tasks/test-lines.
 */
public class TestLineProvisioner {

    /** 1004 Hz milliwatt lines, one per class-4 switch (CHI-1, BOS-1). */
    static final List<String> MILLIWATT_LINES = List.of("3125550190", "6175550123");

    /** Loopback pair on BOS-1; the switch config stores it with the 1 prefix. */
    static final String LOOPBACK_LINE = "16175550124";

    /** NOC answer point, kept numeric because the switch export is numeric. */
    static final long NOC_TEST_LINE = 7045550111L;

    private final OrderClient orders;
    private final TnOptionsClient tnOptions;
    private final SipPeerTnClient sipPeerTns;
    private final ObjectMapper json;

    public TestLineProvisioner(OrderClient orders, TnOptionsClient tnOptions, SipPeerTnClient sipPeerTns,
                               ObjectMapper json) {
        this.orders = orders;
        this.tnOptions = tnOptions;
        this.sipPeerTns = sipPeerTns;
        this.json = json;
    }

    public String provision() {
        List<String> lines = new ArrayList<>(MILLIWATT_LINES);
        lines.add(LOOPBACK_LINE);
        lines.add(Long.toString(NOC_TEST_LINE));
        lines.addAll(partnerLines());
        String orderId = orders.orderNumbers(lines, "TESTLINES-" + LocalDate.now());
        tnOptions.setSms("TESTLINES-SMS-OFF", false, MILLIWATT_LINES);
        sipPeerTns.updateRouting("3125550191", "3125550190");
        return orderId;
    }

    /** Extra lines requested by interconnect partners, maintained by the NOC in test-lines.json. */
    List<String> partnerLines() {
        try (InputStream in = TestLineProvisioner.class.getResourceAsStream("/test-lines.json")) {
            JsonNode root = json.readTree(in);
            List<String> out = new ArrayList<>();
            for (JsonNode line : root.path("testLines")) {
                out.add(line.path("tn").asText());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
