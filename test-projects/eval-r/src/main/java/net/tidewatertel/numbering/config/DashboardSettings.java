package net.tidewatertel.numbering.config;

import io.vertx.core.json.JsonObject;
import java.lang.reflect.Field;

/**
 * Typed view of the {@code dashboard} configuration section, for the components that want
 * more than one value of it. Missing keys fall back to the {@link ConfigDefault} values.
 */
public final class DashboardSettings {

  @ConfigDefault("https://dashboard.bandwidth.com/api/v1")
  private String baseUrl;

  @ConfigDefault("dashboard.bandwidth.com")
  private String host;

  @ConfigDefault("9900417")
  private String accountId;

  @ConfigDefault("3381")
  private String siteId;

  @ConfigDefault("551907")
  private String sipPeerId;

  @ConfigDefault("15000")
  private long timeoutMs;

  @ConfigDefault("500")
  private int pageSize;

  @ConfigDefault("2147483647")
  private long maxReportBytes;

  public String baseUrl() {
    return baseUrl;
  }

  public String host() {
    return host;
  }

  public String accountId() {
    return accountId;
  }

  public String siteId() {
    return siteId;
  }

  public String sipPeerId() {
    return sipPeerId;
  }

  public long timeoutMs() {
    return timeoutMs;
  }

  public int pageSize() {
    return pageSize;
  }

  public long maxReportBytes() {
    return maxReportBytes;
  }

  public static DashboardSettings from(JsonObject section) {
    DashboardSettings settings = new DashboardSettings();
    for (Field field : DashboardSettings.class.getDeclaredFields()) {
      ConfigDefault def = field.getAnnotation(ConfigDefault.class);
      if (def == null) {
        continue;
      }
      Object raw = section.getValue(kebab(field.getName()), def.value());
      assign(settings, field, String.valueOf(raw));
    }
    return settings;
  }

  private static void assign(DashboardSettings target, Field field, String value) {
    try {
      field.setAccessible(true);
      if (field.getType() == long.class) {
        field.setLong(target, Long.parseLong(value));
      } else if (field.getType() == int.class) {
        field.setInt(target, Integer.parseInt(value));
      } else {
        field.set(target, value);
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot set " + field.getName(), e);
    }
  }

  static String kebab(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('-').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
