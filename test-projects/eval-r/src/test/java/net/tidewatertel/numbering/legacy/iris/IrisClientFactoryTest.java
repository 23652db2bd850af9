package net.tidewatertel.numbering.legacy.iris;

import static org.assertj.core.api.Assertions.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

/**
 * Pins down the URLs the real SDK builds from our factory settings.
 */
class IrisClientFactoryTest {

  private final IrisClientFactory factory =
      new IrisClientFactory("https://api.inetwork.com/v1.0", "v1.0", "9900417", "desk", "pw");

  @Test
  void sdkDefaultsIgnoreTheApiPrefix() throws Exception {
    IrisClient client = new IrisClient("9900417", "desk", "pw");

    assertThat(client.buildAccountModelUri(new String[] {"orders"}))
        .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900417/orders");
  }

  @Test
  void productionClientUsesTheConfiguredHost() throws Exception {
    IrisClient client = factory.production();

    assertThat(client.buildAccountModelUri(new String[] {"importTnOrders"}))
        .isEqualTo("https://api.inetwork.com/v1.0/accounts/9900417/importTnOrders");
  }

  @Test
  void v2TrialClientSendsToApiV2() throws Exception {
    IrisClient client = factory.v2Trial();

    assertThat(client.buildAccountModelUri(new String[] {"orders"}))
        .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900417/orders");
  }

  @Test
  void readsTheClasspathConfiguration() throws Exception {
    IrisClient client = IrisClientFactory.fromClasspath("pw").configured();

    assertThat(client.buildAccountModelUri(new String[] {"sites"}))
        .isEqualTo("https://api.inetwork.com/v1.0/accounts/9900417/sites");
  }
}
