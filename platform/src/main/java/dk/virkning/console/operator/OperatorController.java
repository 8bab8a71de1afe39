package dk.virkning.console.operator;

import dk.virkning.client.ApiClient;
import dk.virkning.client.ApiException;
import dk.virkning.client.api.IdentityIssuersApi;
import dk.virkning.client.api.MunicipalitiesApi;
import dk.virkning.client.api.OrganisationsApi;
import dk.virkning.client.api.PluginsApi;
import dk.virkning.console.web.ConsoleApi;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The platform operator: municipalities, organisations and their signing keys, identity providers;
 * the forms that create them are {@link OperatorFormsController}'s.
 */
@Controller("consoleOperatorController")
class OperatorController {

    private final ConsoleApi api;

    OperatorController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping("/console/operator")
    String overview(Model model) throws ApiException {
        ApiClient client = api.client();
        model.addAttribute(
                "municipalities",
                new MunicipalitiesApi(client).listMunicipalities(0, 100).getItems());
        model.addAttribute(
                "organisations",
                new OrganisationsApi(client).listOrganisations(null, 0, 100).getItems());
        model.addAttribute("issuers", new IdentityIssuersApi(client).listIdentityIssuers());
        model.addAttribute("types", dk.virkning.client.model.OrganisationType.values());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", java.util.Map.of());
        }
        model.addAttribute("idempotencyKey", UUID.randomUUID());
        return "console/operator/overview";
    }

    @GetMapping("/console/operator/organisations/{organisation}")
    String organisation(@PathVariable UUID organisation, Model model) throws ApiException {
        ApiClient client = api.client();
        model.addAttribute("organisation", new OrganisationsApi(client).getOrganisation(organisation));
        model.addAttribute("keys", new PluginsApi(client).listSigningKeys(organisation));
        return "console/operator/organisation";
    }
}
