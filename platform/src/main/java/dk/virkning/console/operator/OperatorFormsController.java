package dk.virkning.console.operator;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.IdentityIssuersApi;
import dk.virkning.client.api.MunicipalitiesApi;
import dk.virkning.client.api.OrganisationsApi;
import dk.virkning.client.model.IdentityIssuerCreate;
import dk.virkning.client.model.MunicipalityCreate;
import dk.virkning.client.model.OrganisationCreate;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.console.web.ConsoleApi;
import dk.virkning.console.web.ConsoleProblem;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's create forms: a municipality, an organisation, and an identity provider's
 * registration. A refusal shows the overview again with the API's problem beside the form and the
 * values as typed; nothing is written.
 */
@Controller("consoleOperatorFormsController")
@RequestMapping("/console/operator")
class OperatorFormsController {

    private final ConsoleApi api;
    private final OperatorController overview;

    OperatorFormsController(ConsoleApi api, OperatorController overview) {
        this.api = api;
        this.overview = overview;
    }

    @PostMapping("/municipalities")
    String createMunicipality(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash)
            throws ApiException {
        try {
            new MunicipalitiesApi(api.client())
                    .createMunicipality(new MunicipalityCreate()
                            .id(value(form, "id"))
                            .name(value(form, "name"))
                            .municipalityCode(value(form, "municipalityCode")));
            flash.addFlashAttribute("done", "operator.municipalityCreated");
            return "redirect:/console/operator";
        } catch (ApiException e) {
            return refused(e, "municipalityProblem", form, model);
        }
    }

    @PostMapping("/organisations")
    String createOrganisation(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash)
            throws ApiException {
        try {
            String type = value(form, "type");
            new OrganisationsApi(api.client())
                    .createOrganisation(new OrganisationCreate()
                            .name(value(form, "name"))
                            .type(Arrays.stream(OrganisationType.values())
                                    .filter(t -> t.getValue().equals(type))
                                    .findFirst()
                                    .orElse(null))
                            .cvr(value(form, "cvr")));
            flash.addFlashAttribute("done", "operator.organisationCreated");
            return "redirect:/console/operator";
        } catch (ApiException e) {
            return refused(e, "organisationProblem", form, model);
        }
    }

    @PostMapping("/identity-issuers")
    String registerIssuer(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash)
            throws ApiException {
        String owner = value(form, "owner");
        try {
            IdentityIssuerCreate create = new IdentityIssuerCreate()
                    .issuerUri(value(form, "issuerUri"))
                    .audience(value(form, "audience"))
                    .rolesClaim(value(form, "rolesClaim"))
                    .roleMapping(roleMapping(form.getOrDefault("roleMapping", "")))
                    .subjectClaim(value(form, "subjectClaim"))
                    .nameClaim(value(form, "nameClaim"))
                    .clientIds(lines(form.getOrDefault("clientIds", "")));
            if (owner != null && owner.startsWith("organisation:")) {
                create.organisationId(UUID.fromString(owner.substring("organisation:".length())));
            } else if (owner != null && owner.startsWith("municipality:")) {
                create.municipalityId(owner.substring("municipality:".length()));
            }
            new IdentityIssuersApi(api.client())
                    .registerIdentityIssuer(create, Map.of("Idempotency-Key", form.get("idempotencyKey")));
            flash.addFlashAttribute("done", "operator.issuerRegistered");
            return "redirect:/console/operator";
        } catch (ApiException e) {
            return refused(e, "issuerProblem", form, model);
        }
    }

    private String refused(ApiException e, String attribute, Map<String, String> form, Model model)
            throws ApiException {
        if (e.getCode() == 403 || e.getCode() == 401 || e.getCode() == 0) {
            throw e;
        }
        model.addAttribute(attribute, ConsoleProblem.of(e));
        model.addAttribute("typed", form);
        return overview.overview(model);
    }

    /**
     * "claim value=ROLE" pairs separated by commas, in the order typed (one line: the platform
     * refuses line breaks in request parameters).
     */
    static Map<String, String> roleMapping(String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                mapping.put(line, "");
            } else {
                mapping.put(
                        line.substring(0, equals).trim(),
                        line.substring(equals + 1).trim());
            }
        }
        return mapping;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** A field as typed, or left out when blank so that the API names it. */
    private static String value(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
