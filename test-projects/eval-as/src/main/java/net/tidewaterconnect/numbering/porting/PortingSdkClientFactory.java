package net.tidewaterconnect.numbering.porting;

import com.bandwidth.iris.sdk.IrisClient;
import net.tidewaterconnect.numbering.config.DashboardProperties;
import org.springframework.stereotype.Component;

/**
 * Porting runs under a dedicated API user (the port-in desk needs its own audit trail), so it gets
 * its own SDK client instead of the shared bean.
 */
@Component
public class PortingSdkClientFactory {

    private final DashboardProperties props;

    public PortingSdkClientFactory(DashboardProperties props) {
        this.props = props;
    }

    public IrisClient forUser(String username, String password) {
        return new IrisClient(props.baseUrl(), props.accountId(), username, password, props.sdkVersion());
    }
}
