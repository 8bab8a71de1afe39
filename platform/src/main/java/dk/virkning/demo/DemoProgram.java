package dk.virkning.demo;

import dk.virkning.investor.CapitalTransaction;
import dk.virkning.organisation.OrganisationId;
import dk.virkning.program.ProgramDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One municipality's demo program: what the admin agreed with provider and investor, the synthetic
 * cohort, the quarters settled and issued (all but the last also approved: the municipality has yet
 * to decide on the newest), and the investor's capital.
 */
record DemoProgram(
        DemoMunicipality municipality,
        String name,
        DemoOrganisation provider,
        List<DemoOrganisation> investors,
        String pluginId,
        Map<String, Object> terms,
        LocalDate startDate,
        int capacity,
        DemoCohort.Shape cohort,
        List<String> quarters,
        List<Capital> capital) {

    static final String PLUGIN_VERSION = "1.1.0";

    DemoProgram {
        investors = List.copyOf(investors);
        quarters = List.copyOf(quarters);
        capital = List.copyOf(capital);
    }

    /** One entry of the investor's capital ledger; the key makes recording it idempotent. */
    record Capital(String key, CapitalTransaction.Type type, LocalDate date, String amount, String note) {}

    ProgramDraft draft() {
        return new ProgramDraft(
                name,
                new OrganisationId(provider.id()),
                investors.stream().map(o -> new OrganisationId(o.id())).toList(),
                pluginId,
                PLUGIN_VERSION,
                terms,
                startDate,
                capacity);
    }

    /** The caseworker client who works on the cohort (and shows it on the worklist as "mine"). */
    String caseworker() {
        return municipality.key + "-caseworker";
    }

    boolean approved(String quarter) {
        return !quarter.equals(quarters.get(quarters.size() - 1));
    }
}
