package com.harborline.porting.config;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

@ConfigurationProperties("inventory")
public class InventoryProperties {

    private List<Integer> areaCodes = new ArrayList<>();
    private int pageSize = 500;
    private boolean pruneDisconnected = true;

    public List<Integer> getAreaCodes() { return areaCodes; }
    public void setAreaCodes(List<Integer> areaCodes) { this.areaCodes = areaCodes; }
    public int getPageSize() { return pageSize; }
    public void setPageSize(int pageSize) { this.pageSize = pageSize; }
    public boolean isPruneDisconnected() { return pruneDisconnected; }
    public void setPruneDisconnected(boolean pruneDisconnected) { this.pruneDisconnected = pruneDisconnected; }
}
