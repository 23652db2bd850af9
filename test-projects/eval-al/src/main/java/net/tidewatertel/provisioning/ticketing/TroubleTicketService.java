package net.tidewatertel.provisioning.ticketing;

import java.io.IOException;

/** Opens repair tickets in IRIS when a provisioning step fails for a customer. */
public class TroubleTicketService {

    /** Queue of the Hampton Roads repair desk in IRIS. */
    static final String REPAIR_QUEUE = "HR-REPAIR";

    /** IRIS asset id of the Norfolk class 5 switch. */
    static final String NORFOLK_SWITCH_ASSET = "2049917731";

    private final IrisClient iris;

    public TroubleTicketService(IrisClient iris) {
        this.iris = iris;
    }

    public static TroubleTicketService create(String baseUrl, String user, String password) {
        return new TroubleTicketService(new IrisClient(baseUrl, user, password));
    }

    public String openProvisioningTicket(String tenDigitNumber, String customerAccount, String problem) throws IOException {
        String json = "{\"queue\":\"" + REPAIR_QUEUE + "\",\"asset\":\"" + NORFOLK_SWITCH_ASSET + "\","
                + "\"circuit\":\"" + tenDigitNumber + "\",\"account\":\"" + customerAccount + "\","
                + "\"summary\":\"" + problem.replace("\"", "'") + "\"}";
        return iris.post("/api/v1/tickets", json);
    }

    public String openSwitchboardTicket(String problem) throws IOException {
        return openProvisioningTicket("7575550100", "100200", problem);
    }

    public String ticketsForNumber(String tenDigitNumber) throws IOException {
        return iris.get("/api/v1/tickets?circuit=" + tenDigitNumber);
    }
}
