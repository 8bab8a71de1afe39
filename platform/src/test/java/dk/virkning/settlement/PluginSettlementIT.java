package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.Scenario;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The other first-party plugins, loaded by PF4J from their artifacts, settle through the API. */
class PluginSettlementIT extends PlatformIT {

    private static final String CPR = "0101901111";

    @Test
    void marselisborgJobCoachPaysQualifyingSelfSupportingWeeks() throws Exception {
        // Sickness benefit in 2024-W01..W03, then self-supporting k = 3..12: one run of 10 weeks
        // (open, but past the qualifying 4): 10 * 2500 = 25000.00
        String m = scenario.municipality();
        Program program = program(
                m,
                "marselisborg-jobcoach",
                Map.of(
                        "ratePerWeek", Map.of("SICKNESS_BENEFIT", 2500, "JOB_CLARIFICATION", 3000),
                        "measurementWeeks", 104,
                        "qualifyingRunWeeks", 4,
                        "capPerParticipant", 150000));
        enroll(m, program, "SICKNESS_BENEFIT");
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(
                        m,
                        program.getId(),
                        "2024-W01",
                        "2024-W13",
                        "cpr,week,code\n" + CPR + ",2024-W01,SICKNESS_BENEFIT\n" + CPR + ",2024-W02,SICKNESS_BENEFIT\n"
                                + CPR + ",2024-W03,SICKNESS_BENEFIT\n");
        Statement q1 = settle(m, program, "2024-Q1");
        assertThat(q1.getEarned()).isEqualTo("25000.00");
        assertThat(q1.getPluginId()).isEqualTo("marselisborg-jobcoach");
    }

    @Test
    void dsiPaysBothOutcomesOnceTheirWindowsAreKnown() throws Exception {
        // Benefit k = 0..38 (2024-W01..W39), self-supporting from k = 39 on. 2025-Q4's horizon is
        // 2025-W52 (k = 103): O1 (k = 39) 20000 + O2 (52 of 52 weeks in k = 40..91) 40000 = 60000.00
        String m = scenario.municipality();
        Program program = program(
                m, "dsi-mental-health-team", Map.of("rateO1", 20000, "rateO2", 40000, "maxTotalPayment", 5400000));
        enroll(m, program, "PSYCHOLOGICALLY_VULNERABLE");
        StringBuilder csv = new StringBuilder("cpr,week,code\n");
        for (int w = 1; w <= 39; w++) {
            csv.append(CPR).append(String.format(",2024-W%02d,SICKNESS_BENEFIT%n", w));
        }
        new RegisterApi(client(tokens.admin(m)))
                .importStatuses(m, program.getId(), "2024-W01", "2025-W52", csv.toString());
        Statement statement = settle(m, program, "2025-Q4");
        assertThat(statement.getEarned()).isEqualTo("60000.00");
        assertThat(statement.getLines()).extracting(l -> l.getOutcome()).containsExactly("O1", "O2");
        assertThat(statement.getPending()).isEmpty();
    }

    private Program program(String m, String plugin, Map<String, Object> terms) throws Exception {
        return scenario.program(
                m, scenario.organisation(OrganisationType.PROVIDER), plugin, terms, LocalDate.of(2024, 1, 1), 10);
    }

    private void enroll(String m, Program program, String targetGroup) throws Exception {
        new ParticipantsApi(client(tokens.caseworker(m)))
                .enrollParticipant(
                        m,
                        program.getId(),
                        Scenario.consenting().cpr(CPR).targetGroup(targetGroup).startWeek("2024-W01"));
    }

    private Statement settle(String m, Program program, String quarter) throws Exception {
        return new SettlementsApi(client(tokens.admin(m)))
                .runSettlement(m, program.getId(), new SettlementRequest().period(quarter));
    }
}
