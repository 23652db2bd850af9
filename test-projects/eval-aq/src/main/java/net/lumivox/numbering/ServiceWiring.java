package net.lumivox.numbering;

import com.bandwidth.iris.sdk.IrisClient;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import net.lumivox.numbering.api.CustomerAddressResource;
import net.lumivox.numbering.api.NumberResource;
import net.lumivox.numbering.callback.NotificationParser;
import net.lumivox.numbering.callback.OrderNotificationResource;
import net.lumivox.numbering.callback.PortInNotificationResource;
import net.lumivox.numbering.config.IrisProperties;
import net.lumivox.numbering.config.ServiceConfig;
import net.lumivox.numbering.iris.IrisHttpClientFactory;
import net.lumivox.numbering.iris.IrisSdkClients;
import net.lumivox.numbering.messaging.VoiceCallbackResource;
import net.lumivox.numbering.persistence.NumberDao;
import net.lumivox.numbering.persistence.SipRoutingTable;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Composition root of the service.
 */
public class ServiceWiring {

    private final IrisProperties irisProperties = IrisProperties.fromClasspath();
    private final ServiceConfig config = ServiceConfig.load();
    private final Client http = IrisHttpClientFactory.create(irisProperties);
    private final IrisClient iris = IrisSdkClients.production(irisProperties);
    private final Jdbi jdbi = Jdbi.create(config.databaseUrl(), config.databaseUser(),
            System.getenv("NUMBERING_DB_PASSWORD")).installPlugin(new SqlObjectPlugin());
    private final NumberDao numberDao = jdbi.onDemand(NumberDao.class);
    private final NotificationParser parser = new NotificationParser();

    public IrisClient iris() {
        return iris;
    }

    public WebTarget irisAccount() {
        return IrisHttpClientFactory.accountTarget(http, irisProperties);
    }

    public NumberResource numberResource() {
        return new NumberResource(numberDao);
    }

    public CustomerAddressResource customerAddressResource() {
        return new CustomerAddressResource();
    }

    public OrderNotificationResource orderNotificationResource() {
        return new OrderNotificationResource(parser, numberDao);
    }

    public PortInNotificationResource portInNotificationResource() {
        return new PortInNotificationResource(parser, numberDao, new SipRoutingTable(jdbi));
    }

    public VoiceCallbackResource voiceCallbackResource() {
        return new VoiceCallbackResource();
    }
}
