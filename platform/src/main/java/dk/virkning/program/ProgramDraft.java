package dk.virkning.program;

import dk.virkning.organisation.OrganisationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a municipality admin asks for when creating a program.
 *
 * @param name the program's name
 * @param provider the provider that delivers it
 * @param investors the investors that fund it (may be none)
 * @param pluginId the plugin that carries the model and formula
 * @param pluginVersion the pinned plugin version
 * @param terms the contract terms
 * @param startDate the first day of the program
 * @param capacity the most participants it takes
 */
public record ProgramDraft(
        String name,
        OrganisationId provider,
        List<OrganisationId> investors,
        String pluginId,
        String pluginVersion,
        Map<String, Object> terms,
        LocalDate startDate,
        int capacity) {

    public ProgramDraft {
        investors = List.copyOf(investors);
    }
}
