package net.tidewatertel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * Path templates of {@code config/dashboard-endpoints.json}, e.g.
 * {@code expand("e911-address", Map.of("addressId", id))}.
 */
@Singleton
public class EndpointTemplates {

  private final JsonObject templates;
  private final String accountId;

  @Inject
  public EndpointTemplates(@Named("config") JsonObject config,
                           @Named("dashboard.account-id") String accountId) {
    this.templates = config.getJsonObject("dashboard-endpoints", new JsonObject());
    this.accountId = accountId;
  }

  public String expand(String name, Map<String, ?> variables) {
    String template = templates.getString(name);
    if (template == null) {
      throw new IllegalArgumentException("unknown endpoint template " + name);
    }
    String path = template.replace("{accountId}", accountId);
    for (Map.Entry<String, ?> v : variables.entrySet()) {
      path = path.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
    }
    return path;
  }
}
