package io.github.irismigrate.recipes;

/**
 * The part of the JAX-RS client API the recipe tests use, as a source so that their code is typed as it is in a
 * project with the real API on its classpath (the interfaces are nested here to fit one file; only
 * {@code Client.target} is looked up by type).
 */
final class JaxRsStub {
    //language=java
    static final String CLIENT = """
      package jakarta.ws.rs.client;
      public interface Client {
          WebTarget target(String uri);
          interface WebTarget {
              WebTarget path(String path);
              WebTarget queryParam(String name, Object... values);
              WebTarget resolveTemplate(String name, Object value);
              Builder request(String... mediaTypes);
          }
          interface Builder {
              <T> T get(Class<T> type);
              <T> T post(Object entity, Class<T> type);
          }
      }
      """;

    private JaxRsStub() {
    }
}
