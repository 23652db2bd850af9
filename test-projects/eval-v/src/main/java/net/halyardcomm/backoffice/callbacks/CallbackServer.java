package net.halyardcomm.backoffice.callbacks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import net.halyardcomm.backoffice.http.BasicAuth;
import net.halyardcomm.backoffice.xml.JaxbCodec;
import net.halyardcomm.backoffice.xml.NotificationXml;

/**
 * Receives Dashboard notifications on {@code /iris/notifications}. Runs behind the edge proxy
 * that terminates TLS for hooks.halyardcomm.net.
 */
public class CallbackServer {

    private static final Logger LOG = Logger.getLogger(CallbackServer.class.getName());
    public static final String PATH = "/iris/notifications";

    private final HttpServer server;
    private final OrderNotificationHandler handler;
    private final JaxbCodec codec;
    private final BasicAuth expectedAuth;

    public CallbackServer(int port, OrderNotificationHandler handler, JaxbCodec codec, BasicAuth expectedAuth)
            throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(port), 0);
        this.handler = handler;
        this.codec = codec;
        this.expectedAuth = expectedAuth;
        this.server.createContext(PATH, this::onNotification);
        this.server.setExecutor(Executors.newFixedThreadPool(4));
    }

    public void start() {
        server.start();
        LOG.info("listening for Dashboard callbacks on " + server.getAddress() + PATH);
    }

    public void stop() {
        server.stop(1);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void onNotification(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405);
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (expectedAuth != null && !expectedAuth.headerValue().equals(auth)) {
                respond(exchange, 401);
                return;
            }
            String body = read(exchange.getRequestBody());
            NotificationXml notification = codec.unmarshal(body, NotificationXml.class);
            handler.handle(notification);
            respond(exchange, 200);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "callback failed", e);
            respond(exchange, 500);
        } finally {
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        OutputStream ignored = exchange.getResponseBody();
        ignored.close();
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        int n;
        while ((n = in.read(chunk)) != -1) {
            buf.write(chunk, 0, n);
        }
        return new String(buf.toByteArray(), StandardCharsets.UTF_8);
    }
}
