package net.northvale.voice.provisioning.callback;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks the basic credentials the Dashboard sends with every callback (configured in the
 * subscription's CallbackCredentials).
 */
@WebFilter(urlPatterns = "/api/callbacks/*", filterName = "callbackAuth")
public class CallbackAuthFilter implements Filter {

    private byte[] expected;

    @Override
    public void init(FilterConfig config) {
        String user = System.getenv().getOrDefault("CALLBACK_USER", "bandwidth");
        String password = System.getenv().getOrDefault("CALLBACK_PASSWORD", "");
        expected = ("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String header = http.getHeader("Authorization");
        if (header == null || !MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8))) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }
}
