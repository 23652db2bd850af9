package net.harbourline.numberdesk.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import net.harbourline.numberdesk.dashboard.BasicAuthFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Backup carrier for numbers in areas the Dashboard cannot serve. */
@ApplicationScoped
public class SecondaryCarrierClient {

    private static final String TWILIO = "https://api.twilio.com/2010-04-01/Accounts/%s";
    private static final String TELNYX = "https://api.telnyx.com/v2";

    @Inject
    @ConfigProperty(name = "backup.twilio.sid", defaultValue = "")
    String sid;

    @Inject
    @ConfigProperty(name = "backup.twilio.token", defaultValue = "")
    String twilioToken;

    @Inject
    @ConfigProperty(name = "backup.telnyx.key", defaultValue = "")
    String telnyxKey;

    public String twilioLocal(String areaCode) {
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(sid, twilioToken));
        try {
            return client.target(TWILIO.formatted(sid) + "/AvailablePhoneNumbers/US/Local.json?AreaCode=" + areaCode)
                    .request(MediaType.APPLICATION_JSON)
                    .get(String.class);
        } finally {
            client.close();
        }
    }

    public String twilioAddress(String customerName, String street, String city, String region, String zip) {
        Form form = new Form()
                .param("CustomerName", customerName)
                .param("Street", street)
                .param("City", city)
                .param("Region", region)
                .param("PostalCode", zip)
                .param("IsoCountry", "US");
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(sid, twilioToken));
        try {
            return client.target(TWILIO.formatted(sid) + "/Addresses.json")
                    .request(MediaType.APPLICATION_JSON)
                    .post(Entity.form(form), String.class);
        } finally {
            client.close();
        }
    }

    public String telnyxSearch(String areaCode) {
        Client client = ClientBuilder.newClient();
        try {
            return client.target(TELNYX)
                    .path("available_phone_numbers")
                    .queryParam("filter[national_destination_code]", areaCode)
                    .queryParam("filter[country_code]", "US")
                    .request(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + telnyxKey)
                    .get(String.class);
        } finally {
            client.close();
        }
    }

    public String telnyxAddresses() {
        Client client = ClientBuilder.newClient();
        try {
            return client.target(TELNYX + "/addresses")
                    .request(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + telnyxKey)
                    .get(String.class);
        } finally {
            client.close();
        }
    }
}
