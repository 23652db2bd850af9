package com.harborline.porting.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record MessagingSettings(@JacksonXmlProperty(localName = "SmsEnabled") boolean smsEnabled) {

    public static MessagingSettings enabled() {
        return new MessagingSettings(true);
    }

    public static MessagingSettings disabled() {
        return new MessagingSettings(false);
    }
}
