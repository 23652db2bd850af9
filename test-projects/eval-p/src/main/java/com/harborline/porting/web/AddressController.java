package com.harborline.porting.web;

import com.harborline.porting.model.AddressView;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;

/**
 * Service addresses of our own customers, for the self-care portal.
 */
@Controller("/api/addresses")
public class AddressController {

    @Get("{?areaCode}")
    public List<AddressView> list(@QueryValue(defaultValue = "") String areaCode) {
        return List.of();
    }

    @Get("/{id}")
    public AddressView get(@PathVariable String id) {
        return new AddressView(id, "", "", "", "", "", "");
    }
}
