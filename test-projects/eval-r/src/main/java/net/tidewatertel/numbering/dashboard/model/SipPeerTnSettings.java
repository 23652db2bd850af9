package net.tidewatertel.numbering.dashboard.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Body of {@code PUT /sites/{site}/sippeers/{peer}/tns/{tn}}.
 */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
public class SipPeerTnSettings {

  @JacksonXmlProperty(localName = "FullNumber")
  private String fullNumber;

  @JacksonXmlProperty(localName = "CallForward")
  private String callForward;

  @JacksonXmlProperty(localName = "NumberFormat")
  private String numberFormat;

  @JacksonXmlProperty(localName = "RPIDFormat")
  private String rpidFormat;

  @JacksonXmlProperty(localName = "CallingNameDisplay")
  private String callingNameDisplay;

  @JacksonXmlProperty(localName = "MessagingSettings")
  private MessagingSettings messagingSettings;

  public String getFullNumber() {
    return fullNumber;
  }

  public void setFullNumber(String fullNumber) {
    this.fullNumber = fullNumber;
  }

  public String getCallForward() {
    return callForward;
  }

  public void setCallForward(String callForward) {
    this.callForward = callForward;
  }

  public String getNumberFormat() {
    return numberFormat;
  }

  /** SIP signalling format of the number on the peer: 10digit, 11digit or e164. */
  public void setNumberFormat(String numberFormat) {
    this.numberFormat = numberFormat;
  }

  public String getRpidFormat() {
    return rpidFormat;
  }

  public void setRpidFormat(String rpidFormat) {
    this.rpidFormat = rpidFormat;
  }

  public String getCallingNameDisplay() {
    return callingNameDisplay;
  }

  public void setCallingNameDisplay(String callingNameDisplay) {
    this.callingNameDisplay = callingNameDisplay;
  }

  public MessagingSettings getMessagingSettings() {
    return messagingSettings;
  }

  public void setMessagingSettings(MessagingSettings messagingSettings) {
    this.messagingSettings = messagingSettings;
  }

  public static class MessagingSettings {

    @JacksonXmlProperty(localName = "SmsEnabled")
    private boolean smsEnabled;

    public MessagingSettings() {
    }

    public MessagingSettings(boolean smsEnabled) {
      this.smsEnabled = smsEnabled;
    }

    public boolean isSmsEnabled() {
      return smsEnabled;
    }
  }
}
