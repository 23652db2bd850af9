package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "SearchResultForAvailableNpaNxx")
@XmlAccessorType(XmlAccessType.FIELD)
public class NpaNxxSearchResult {

    @XmlElementWrapper(name = "AvailableNpaNxxList")
    @XmlElement(name = "AvailableNpaNxx")
    private List<NpaNxxEntry> entries = new ArrayList<>();

    public List<NpaNxxEntry> getEntries() {
        return entries;
    }
}
