package net.tidewatertel.numbering.web;

import java.util.List;

import jakarta.validation.Valid;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.dashboard.InventoryClient;
import net.tidewatertel.numbering.dashboard.SipPeerTnClient;
import net.tidewatertel.numbering.dashboard.TnOptionsService;
import net.tidewatertel.numbering.domain.PhoneNumber;
import net.tidewatertel.numbering.domain.PhoneNumberRepository;
import net.tidewatertel.numbering.support.PhoneNumbers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Thymeleaf admin pages for the NOC and the sales desk.
 */
@Controller
@RequestMapping("/admin/numbers")
public class AdminNumbersController {

    private final PhoneNumberRepository numbers;
    private final InventoryClient inventory;
    private final SipPeerTnClient sipPeerTns;
    private final TnOptionsService tnOptions;
    private final DashboardProperties dashboard;

    public AdminNumbersController(PhoneNumberRepository numbers, InventoryClient inventory,
                                  SipPeerTnClient sipPeerTns, TnOptionsService tnOptions,
                                  DashboardProperties dashboard) {
        this.numbers = numbers;
        this.inventory = inventory;
        this.sipPeerTns = sipPeerTns;
        this.tnOptions = tnOptions;
        this.dashboard = dashboard;
    }

    @GetMapping
    public String list(@RequestParam(name = "areaCode", required = false) Integer areaCode, Model model) {
        int selected = areaCode != null ? areaCode : dashboard.getHomeAreaCode();
        List<PhoneNumber> page = numbers.findByAreaCodeOrderByTn(selected);
        model.addAttribute("areaCode", selected);
        model.addAttribute("numbers", page);
        return "admin/numbers";
    }

    @GetMapping("/search")
    public String searchForm(Model model) {
        NumberSearchForm form = new NumberSearchForm();
        form.setAreaCode(String.valueOf(dashboard.getHomeAreaCode()));
        model.addAttribute("form", form);
        return "admin/search";
    }

    @PostMapping("/search")
    public String search(@Valid @ModelAttribute("form") NumberSearchForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return "admin/search";
        }
        List<String> found = form.getNearTn() != null && !form.getNearTn().isBlank()
                ? inventory.availableInExchange(PhoneNumbers.npa(form.getNearTn()),
                        form.getNearTn().substring(3, 6), form.getQuantity())
                : inventory.available(form.getAreaCode(), form.getQuantity());
        model.addAttribute("results", found.stream().map(PhoneNumbers::display).toList());
        return "admin/search";
    }

    @PostMapping("/{tn}/sms")
    public String toggleSms(@PathVariable String tn, @RequestParam boolean enable, RedirectAttributes redirect) {
        if (enable) {
            sipPeerTns.enableSms(tn);
        } else {
            tnOptions.setSms(List.of(tn), false);
        }
        redirect.addFlashAttribute("message", "SMS " + (enable ? "enabled" : "disabled") + " for " + PhoneNumbers.display(tn));
        return "redirect:/admin/numbers";
    }

    @PostMapping("/{tn}/forward")
    public String forward(@PathVariable String tn, @RequestParam String forwardTo, RedirectAttributes redirect) {
        sipPeerTns.forwardCalls(tn, PhoneNumbers.digits(forwardTo));
        redirect.addFlashAttribute("message", "Calls to " + PhoneNumbers.display(tn) + " forwarded");
        return "redirect:/admin/numbers";
    }
}
