package com.harborline.porting.data;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("ported_number")
public class PortedNumber {

    @Id
    @GeneratedValue
    private Long id;
    private String tn;
    private String e164;
    private String customerId;
    private String status;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTn() { return tn; }
    public void setTn(String tn) { this.tn = tn; }
    public String getE164() { return e164; }
    public void setE164(String e164) { this.e164 = e164; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
