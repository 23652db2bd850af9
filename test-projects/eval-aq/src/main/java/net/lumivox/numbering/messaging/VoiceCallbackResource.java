package net.lumivox.numbering.messaging;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers inbound calls of the voice API on the support numbers with a BXML menu.
 */
@Path("callbacks/voice/answer")
public class VoiceCallbackResource {

    private static final Pattern FROM = Pattern.compile("\"from\"\\s*:\\s*\"(\\+?\\d+)\"");

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_XML)
    public String onAnswer(String event) {
        Matcher m = FROM.matcher(event);
        String caller = m.find() ? m.group(1) : "";
        String national = caller.startsWith("+1") ? caller.substring(2) : caller;
        String prompt = "Welcome to Lumivox support.";
        if (national.length() == 10) {
            String callerAreaCode = national.substring(0, 3);
            if (callerAreaCode.equals("919") || callerAreaCode.equals("984")) {
                prompt = "Welcome to Lumivox Triangle support.";
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Response>
                  <SpeakSentence>%s</SpeakSentence>
                  <Transfer><PhoneNumber>+19195550155</PhoneNumber></Transfer>
                </Response>
                """.formatted(prompt);
    }
}
