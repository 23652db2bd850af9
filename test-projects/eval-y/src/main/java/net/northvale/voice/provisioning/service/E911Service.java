package net.northvale.voice.provisioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import net.northvale.voice.provisioning.api.dto.ServiceAddressDto;
import net.northvale.voice.provisioning.dashboard.E911AddressClient;
import net.northvale.voice.provisioning.dashboard.E911ValidationClient;
import net.northvale.voice.provisioning.dashboard.xml.E911AddressXml;
import net.northvale.voice.provisioning.persistence.PhoneNumberEntity;
import net.northvale.voice.provisioning.persistence.PhoneNumberRepository;

/** Makes sure every active line has a registered E911 address. */
@ApplicationScoped
public class E911Service {

    private E911AddressClient addresses;
    private E911ValidationClient validation;
    private PhoneNumberRepository numbers;

    protected E911Service() {
    }

    @Inject
    public E911Service(E911AddressClient addresses, E911ValidationClient validation, PhoneNumberRepository numbers) {
        this.addresses = addresses;
        this.validation = validation;
        this.numbers = numbers;
    }

    @Transactional
    public String register(String tn, ServiceAddressDto dto) {
        E911AddressXml address = toXml(dto);
        if (!validation.validate(address)) {
            throw new IllegalArgumentException("address not accepted for E911: " + dto);
        }
        String addressId = addresses.findByZip(NumberFormats.zip5(dto.zip()))
                .filter(existing -> dto.streetName().equalsIgnoreCase(existing.getStreetName()))
                .map(E911AddressXml::getId)
                .orElseGet(() -> addresses.createAddress(address));
        PhoneNumberEntity line = numbers.findByTn(tn)
                .orElseThrow(() -> new IllegalArgumentException("unknown number " + tn));
        line.setE911AddressId(addressId);
        numbers.save(line);
        return addressId;
    }

    private static E911AddressXml toXml(ServiceAddressDto dto) {
        E911AddressXml xml = new E911AddressXml();
        xml.setHouseNumber(dto.houseNumber());
        xml.setStreetName(dto.streetName());
        xml.setAddressLine2(dto.unit());
        xml.setCity(dto.city());
        xml.setStateCode(dto.state());
        xml.setZip(NumberFormats.zip5(dto.zip()));
        return xml;
    }
}
