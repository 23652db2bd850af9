package net.prairiewave.numbering.callback;

import net.prairiewave.numbering.config.CallbackSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** Checks the basic-auth credentials we registered with the Dashboard subscription. */
final class CallbackAuthenticator {

    private final byte[] expected;

    CallbackAuthenticator(CallbackSettings settings) {
        String raw = settings.username() + ":" + settings.password();
        this.expected = ("Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    boolean accepts(Optional<String> authorizationHeader) {
        return authorizationHeader
                .map(h -> MessageDigest.isEqual(expected, h.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
