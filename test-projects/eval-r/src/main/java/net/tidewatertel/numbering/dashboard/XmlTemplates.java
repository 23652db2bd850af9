package net.tidewatertel.numbering.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request bodies kept as XML files under {@code templates/}, with {@code ${name}} placeholders.
 */
public final class XmlTemplates {

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private XmlTemplates() {
  }

  public static String render(String resource, Map<String, ?> values) {
    String text = CACHE.computeIfAbsent(resource, XmlTemplates::load);
    for (Map.Entry<String, ?> e : values.entrySet()) {
      text = text.replace("${" + e.getKey() + "}", escape(String.valueOf(e.getValue())));
    }
    return text;
  }

  static String escape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String load(String resource) {
    try (InputStream in = XmlTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no template " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
