package net.tidewatertel.numbering.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Builds Iris SDK clients for the porting-desk tools from legacy/iris-client.xml, and for the
 * test account from legacy/iris.properties.
 */
public final class IrisClientFactory {

  private static final String CONFIG = "legacy/iris-client.xml";
  private static final String DEFAULT_VERSION = "v1.0";

  private final String uri;
  private final String version;
  private final String accountId;
  private final String username;
  private final String password;

  IrisClientFactory(String uri, String version, String accountId, String username, String password) {
    this.uri = uri;
    this.version = version;
    this.accountId = accountId;
    this.username = username;
    this.password = password;
  }

  public static IrisClientFactory fromClasspath(String password) {
    try (InputStream in = IrisClientFactory.class.getClassLoader().getResourceAsStream(CONFIG)) {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      return new IrisClientFactory(
          text(doc, "uri"),
          text(doc, "version"),
          text(doc, "account-id"),
          text(doc, "username"),
          password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + CONFIG, e);
    }
  }

  public IrisClient production() {
    return new IrisClient(uri, accountId, username, password, DEFAULT_VERSION);
  }

  public IrisClient configured() {
    return new IrisClient(uri, accountId, username, password, version);
  }

  /** Default endpoint of the SDK, for the one-off scripts run from a laptop. */
  public IrisClient withSdkDefaults() {
    return new IrisClient(accountId, username, password);
  }

  /** PORT-412: the porting desk trial against v2. */
  public IrisClient v2Trial() {
    return new IrisClient("https://dashboard.bandwidth.com", accountId, username, password, "api/v2");
  }

  public static IrisClient testAccount(Properties props) {
    return new IrisClient(
        props.getProperty("iris.test.url"),
        props.getProperty("iris.test.account"),
        props.getProperty("iris.test.user"),
        props.getProperty("iris.test.password"),
        "v1.0");
  }

  public static Properties testProperties() {
    Properties props = new Properties();
    try (InputStream in = IrisClientFactory.class.getClassLoader().getResourceAsStream("legacy/iris.properties")) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  private static String text(Document doc, String tag) {
    return doc.getElementsByTagName(tag).item(0).getTextContent().trim();
  }
}
