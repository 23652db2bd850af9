package net.kestrelcable.provisioning.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.model.BaseModel;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;

import net.kestrelcable.provisioning.config.CallbackProperties;
import net.kestrelcable.provisioning.support.TestFixtures;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class IrisPortingAdapterTest {

    @Test
    void sdkBuildsV2UrlsWhenTheVersionIsApiV2() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900012", "u", "p", "api/v2");

        assertThat(client.buildAccountModelUri(new String[]{IrisPath.ORDERS_URI_PATH}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900012/orders");
        assertThat(client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900012/importTnOrders");
    }

    @Test
    void defaultClientStillUsesTheSdkDefaults() throws Exception {
        IrisClient legacy = new IrisClient("9900012", "u", "p");

        assertThat(legacy.buildAccountModelUri(new String[]{IrisPath.ORDERS_URI_PATH}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900012/orders");
    }

    @Test
    void explicitVersionOverridesThePathOfTheUri() throws Exception {
        IrisClient client = new IrisClient(TestFixtures.DASHBOARD, "9900012", "u", "p", "v1.0");

        assertThat(client.buildAccountModelUri(new String[]{IrisPath.SITES_URI_PATH})).contains("/accounts/9900012/sites");
    }

    @Test
    void mapperAcceptsLeadingOne() {
        IrisNumberMapper mapper = new IrisNumberMapper();

        assertThat(mapper.national("19195551212")).isEqualTo("9195551212");
    }

    @Test
    void portInSendsBillingNumberAndList() throws Exception {
        IrisClient client = mock(IrisClient.class);
        when(client.buildAccountModelUri(new String[]{IrisPath.LNP_URI_PATH})).thenReturn("/portins");
        when(client.post(anyString(), org.mockito.ArgumentMatchers.any(BaseModel.class), eq(LnpOrderResponse.class)))
                .thenReturn(new LnpOrderResponse());
        IrisPortingAdapter adapter = new IrisPortingAdapter(client, TestFixtures.dashboardProps(),
                new CallbackProperties("https://tnprov.kestrelcable.net/callbacks/dashboard", "cb", "pw", 3122064000L, null),
                new IrisNumberMapper());
        Subscriber subscriber = new Subscriber();
        subscriber.setFirstName("Rosa");
        subscriber.setLastName("Diaz");

        adapter.portIn("KC-P-9", "9195551212", List.of("9195551212", "9195551213"), subscriber, new Date(1715212800000L));

        ArgumentCaptor<BaseModel> body = ArgumentCaptor.forClass(BaseModel.class);
        verify(client).post(anyString(), body.capture(), eq(LnpOrderResponse.class));
        LnpOrder sent = (LnpOrder) body.getValue();
        assertThat(sent.getBillingTelephoneNumber()).isEqualTo("9195551212");
        assertThat(sent.getListOfPhoneNumbers()).hasSize(2);
    }
}
