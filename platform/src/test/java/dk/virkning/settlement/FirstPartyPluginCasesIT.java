package dk.virkning.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.virkning.client.api.CoursePackagesApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.api.SettlementsApi;
import dk.virkning.client.model.Completion;
import dk.virkning.client.model.CoursePackageChoice;
import dk.virkning.client.model.OpenAmount;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.ParticipantCreate;
import dk.virkning.client.model.PendingKind;
import dk.virkning.client.model.PendingOutcome;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.Referral;
import dk.virkning.client.model.SettlementRequest;
import dk.virkning.client.model.Statement;
import dk.virkning.client.model.StatementLine;
import dk.virkning.client.model.StatementVerification;
import dk.virkning.spi.IsoWeek;
import dk.virkning.support.PlatformIT;
import dk.virkning.support.Scenario;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed settlement cases for each of the four first-party plugins, through the HTTP API, with
 * the arithmetic of DOMAIN.md 6.1 to 6.4 written out. Each cohort starts in 2024-W01, so week index
 * {@code k} is the ISO week number minus one in 2024 (and {@code 52 + w - 1} for 2025-Ww). A quarter's
 * horizon is the last ISO week ended by its last day: 2024-Q1 sees k = 0..12 (W01..W13), 2024-Q2
 * k = 0..25 (W01..W26), 2024-Q4 k = 0..51 (to 2024-W52), 2025-Q4 k = 0..103 (to 2025-W52).
 */
class FirstPartyPluginCasesIT extends PlatformIT {

    private static final String A = "0101901111";
    private static final String B = "0202902222";
    private static final String C = "0303903333";

    private String m;
    private RegisterApi register;
    private SettlementsApi settlements;

    @BeforeEach
    void world() throws Exception {
        m = scenario.municipality();
        register = new RegisterApi(client(tokens.admin(m)));
        settlements = new SettlementsApi(client(tokens.admin(m)));
    }

    @Test
    void nk1PaysASharedSavingAndALateCorrectionBecomesACreditInTheNextStatement() throws Exception {
        // Terms: baselineBenefitShare 0.80, weeklyNetCost 3000, savingsShare 0.60, 52 measurement
        // weeks, cap 2,000,000. Per participant: 0.60 * 3000 * (0.80 * known - benefit weeks)
        // = 1800 * (0.8 * known - benefit).
        Program program = program("sundinvest-nk1", Scenario.nk1Terms());
        UUID a = enroll(program, A, "MENTAL_ILLNESS");
        UUID b = enroll(program, B, "MENTAL_ILLNESS");
        UUID c = enroll(program, C, "MENTAL_ILLNESS");

        // 2024-Q1, 13 known weeks each (0.8 * 13 = 10.4):
        //   A benefit W01..W02 (2):  1800 * (10.4 - 2)  = 1800 * 8.4  = 15120.00
        //   B benefit W01..W04 (4):  1800 * (10.4 - 4)  = 1800 * 6.4  = 11520.00
        //   C benefit W01..W13 (13): 1800 * (10.4 - 13) = 1800 * -2.6 = -4680.00
        //   earned = 15120 + 11520 - 4680 = 21960.00 (>= 0, under the cap); nothing settled before.
        register.importStatuses(
                m,
                program.getId(),
                "2024-W01",
                "2024-W13",
                csv(rows(A, 2024, 1, 2), rows(B, 2024, 1, 4), rows(C, 2024, 1, 13)));
        Statement q1 = settle(program, "2024-Q1");
        assertThat(q1.getEarned()).isEqualTo("21960.00");
        assertThat(q1.getPreviouslySettled()).isEqualTo("0.00");
        assertThat(q1.getDue()).isEqualTo("21960.00");
        assertThat(amounts(q1, "SAVINGS"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(a, "15120.00", b, "11520.00", c, "-4680.00"));
        assertThat(q1.getPending()).extracting(PendingOutcome::getParticipantId).containsExactlyInAnyOrder(a, b, c);
        // 39 of 52 weeks unknown each: at most 1800 * 0.8 * 39 = 56160.00 more per person, as every
        // unknown week could be without benefit; 3 * 56160 = 168480.00 open, well under the cap
        assertThat(q1.getPending())
                .extracting(PendingOutcome::getKind, PendingOutcome::getOpenAmount)
                .containsOnly(tuple(PendingKind.WEEKLY_PAYMENT, "56160.00"));
        assertThat(q1.getOpenAmounts())
                .extracting(
                        OpenAmount::getKind, OpenAmount::getPending, OpenAmount::getAmount, OpenAmount::getUnbounded)
                .containsExactly(tuple(PendingKind.WEEKLY_PAYMENT, 3, "168480.00", 0));

        // Late correction: the register re-imports W01..W26. A was in fact on benefit W01..W13 (the
        // first import said W01..W02); B falls back to benefit W14..W26; C stays on benefit.
        // 2024-Q2, 26 known weeks each (0.8 * 26 = 20.8):
        //   A benefit W01..W13 (13):             1800 * (20.8 - 13) = 1800 * 7.8  = 14040.00
        //   B benefit W01..W04, W14..W26 (17):   1800 * (20.8 - 17) = 1800 * 3.8  =  6840.00
        //   C benefit W01..W26 (26):             1800 * (20.8 - 26) = 1800 * -5.2 = -9360.00
        //   earned = 14040 + 6840 - 9360 = 11520.00
        //   due = 11520.00 - 21960.00 (Q1) = -10440.00: a credit to the municipality.
        register.importStatuses(
                m,
                program.getId(),
                "2024-W01",
                "2024-W26",
                csv(rows(A, 2024, 1, 13), rows(B, 2024, 1, 4), rows(B, 2024, 14, 26), rows(C, 2024, 1, 26)));
        Statement q2 = settle(program, "2024-Q2");
        assertThat(q2.getEarned()).isEqualTo("11520.00");
        assertThat(q2.getPreviouslySettled()).isEqualTo("21960.00");
        assertThat(q2.getDue()).isEqualTo("-10440.00");
        assertThat(amounts(q2, "SAVINGS"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(a, "14040.00", b, "6840.00", c, "-9360.00"));
        assertThat(q2.getLines()).extracting(StatementLine::getOutcome).doesNotContain("FLOOR", "CAP");
        assertThat(q2.getPreviousStatementHash()).isEqualTo(q1.getStatementHash());

        // The correction changed what the platform knows, not what Q1 was made of.
        for (Statement s : List.of(q1, q2)) {
            StatementVerification v = settlements.verifyStatement(m, program.getId(), s.getId());
            assertThat(v.getMatches()).isTrue();
            assertThat(v.getRecomputedEarned()).isEqualTo(s.getEarned());
        }
    }

    @Test
    void marselisborgPaysSelfSupportingWeeksInQualifyingRunsCappedPerParticipant() throws Exception {
        // Terms: 2500 DKK/week for SICKNESS_BENEFIT, 3000 for JOB_CLARIFICATION, runs of at least 4
        // self-supporting weeks qualify, 104 measurement weeks, a cap of 20000 per participant.
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("ratePerWeek", Map.of("SICKNESS_BENEFIT", 2500, "JOB_CLARIFICATION", 3000));
        terms.put("measurementWeeks", 104);
        terms.put("qualifyingRunWeeks", 4);
        terms.put("capPerParticipant", 20000);
        Program program = program("marselisborg-jobcoach", terms);
        UUID a = enroll(program, A, "SICKNESS_BENEFIT");
        UUID b = enroll(program, B, "JOB_CLARIFICATION");
        UUID c = enroll(program, C, "JOB_CLARIFICATION");

        // 2024-Q1 (k = 0..12):
        //   A benefit W01..W03, self-supporting k = 3..12: one run of 10 >= 4 -> 10 * 2500 = 25000.00,
        //     capped at 20000: a CAP line of -5000.00                               -> 20000.00
        //   B benefit W01..W05, self k = 5..6 (a closed run of 2: nothing), benefit W08..W10,
        //     self k = 10..12 (an open run of 3: pending, not paid)                 ->     0.00
        //   C benefit W01..W08, self k = 8..12: a run of 5 -> 5 * 3000              -> 15000.00
        //   earned = 20000 + 0 + 15000 = 35000.00
        register.importStatuses(
                m,
                program.getId(),
                "2024-W01",
                "2024-W13",
                csv(rows(A, 2024, 1, 3), rows(B, 2024, 1, 5), rows(B, 2024, 8, 10), rows(C, 2024, 1, 8)));
        Statement q1 = settle(program, "2024-Q1");
        assertThat(q1.getEarned()).isEqualTo("35000.00");
        assertThat(q1.getDue()).isEqualTo("35000.00");
        assertThat(amounts(q1, "SELF_SUPPORTING_WEEKS"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(a, "25000.00", b, "0.00", c, "15000.00"));
        assertThat(amounts(q1, "CAP")).containsExactlyEntriesOf(Map.of(a, "-5000.00"));
        assertThat(q1.getPending()).singleElement().satisfies(p -> {
            assertThat(p.getParticipantId()).isEqualTo(b);
            assertThat(p.getOutcome()).isEqualTo("SELF_SUPPORTING_WEEKS");
            // the open run from k = 10 could be paid to k = 103 (94 * 3000), within the cap of 20000
            assertThat(p.getKind()).isEqualTo(PendingKind.WEEKLY_PAYMENT);
            assertThat(p.getOpenAmount()).isEqualTo("20000.00");
        });

        // 2024-Q2 (k = 0..25), everyone self-supporting W14..W26:
        //   A: run k = 3..25 (23 weeks) -> 57500, capped                              -> 20000.00
        //   B: run k = 10..25 (16 weeks) qualifies -> 16 * 3000                        -> 48000, capped -> 20000.00
        //   C: run k = 8..25 (18 weeks) -> 54000, capped                               -> 20000.00
        //   earned = 60000.00, due = 60000 - 35000 = 25000.00
        register.importStatuses(m, program.getId(), "2024-W14", "2024-W26", csv(covered(A), covered(B), covered(C)));
        Statement q2 = settle(program, "2024-Q2");
        assertThat(q2.getEarned()).isEqualTo("60000.00");
        assertThat(q2.getPreviouslySettled()).isEqualTo("35000.00");
        assertThat(q2.getDue()).isEqualTo("25000.00");
        assertThat(q2.getPending()).isEmpty();
    }

    @Test
    void dsiPaysEachOutcomeOnceItsWindowIsKnownCappedForTheProgram() throws Exception {
        // Terms: O1 20000 (self-supporting in k = 39), O2 40000 (at least 39 self-supporting weeks in
        // k = 40..91), a program cap of 100000. k = 39 is 2024-W40; k = 40..91 is 2024-W41..2025-W40.
        Program program =
                program("dsi-mental-health-team", Map.of("rateO1", 20000, "rateO2", 40000, "maxTotalPayment", 100000));
        UUID a = enroll(program, A, "PSYCHOLOGICALLY_VULNERABLE");
        UUID b = enroll(program, B, "PSYCHOLOGICALLY_VULNERABLE");
        UUID c = enroll(program, C, "PSYCHOLOGICALLY_VULNERABLE");
        //   A benefit 2024-W01..W39, then self-supporting: O1 yes; O2 52 of 52 weeks.
        //   B benefit 2024-W01..W39, self-supporting in W40 (k = 39): O1 yes; benefit again
        //     2024-W41..2025-W02 (k = 40..53, 14 weeks), then self: 38 of 52 < 39, no O2.
        //   C benefit 2024-W01..2025-W01 (k = 0..52): no O1; self k = 53..91, exactly 39: O2 yes.
        register.importStatuses(
                m,
                program.getId(),
                "2024-W01",
                "2025-W52",
                csv(
                        rows(A, 2024, 1, 39),
                        rows(B, 2024, 1, 39),
                        rows(B, 2024, 41, 52),
                        rows(B, 2025, 1, 2),
                        rows(C, 2024, 1, 52),
                        rows(C, 2025, 1, 1)));

        // 2024-Q4 sees k = 0..51: O1 is known for everyone (A 20000, B 20000, C none); every O2 window
        // reaches k = 91 and is pending. earned = 40000.00.
        Statement q4 = settle(program, "2024-Q4");
        assertThat(q4.getEarned()).isEqualTo("40000.00");
        assertThat(amounts(q4, "O1")).containsExactlyInAnyOrderEntriesOf(Map.of(a, "20000.00", b, "20000.00"));
        assertThat(q4.getPending())
                .filteredOn(p -> "O2".equals(p.getOutcome()))
                .extracting(PendingOutcome::getParticipantId)
                .containsExactlyInAnyOrder(a, b, c);
        // k = 40..51 known, 40 weeks unknown: 39 self-supporting weeks are still reachable for each,
        // so each O2 can still pay 40000.00 (the cap leaves 60000.00)
        assertThat(q4.getPending())
                .extracting(PendingOutcome::getKind, PendingOutcome::getOpenAmount)
                .containsOnly(tuple(PendingKind.OUTCOME_PAYMENT, "40000.00"));
        assertThat(q4.getOpenAmounts())
                .extracting(OpenAmount::getKind, OpenAmount::getParticipants, OpenAmount::getAmount)
                .containsExactly(tuple(PendingKind.OUTCOME_PAYMENT, 3, "120000.00"));

        // 2025-Q4 sees k = 0..103: O1 A 20000 + B 20000; O2 A 40000 + C 40000 = 120000, over the cap
        // of 100000: a CAP line of -20000.00. earned = 100000.00, due = 100000 - 40000 = 60000.00.
        Statement q8 = settle(program, "2025-Q4");
        assertThat(q8.getEarned()).isEqualTo("100000.00");
        assertThat(q8.getPreviouslySettled()).isEqualTo("40000.00");
        assertThat(q8.getDue()).isEqualTo("60000.00");
        assertThat(amounts(q8, "O2")).containsExactlyInAnyOrderEntriesOf(Map.of(a, "40000.00", c, "40000.00"));
        assertThat(q8.getLines())
                .filteredOn(l -> "CAP".equals(l.getOutcome()))
                .singleElement()
                .satisfies(l -> assertThat(l.getAmount()).isEqualTo("-20000.00"));
        assertThat(q8.getPending()).isEmpty();
    }

    @Test
    void copenhagenPaysCoursePricesInTwoPartsAndARecoveryBonusWithinThePackagesWindow() throws Exception {
        // Terms: prices 8000 (WORKPLACE_MENTAL_BASIC), 12000, 16000, 20000 (WORKPLACE_PHYSICAL_EXTENDED),
        // 24000, 28000 (INTERDISCIPLINARY_EXTENDED); startShare 0.5 at the start, the rest at
        // completion; a 5000 bonus when the first week k >= 0 off sickness benefit is self-supporting
        // and k < 12 (short packages P1, P3) or k < 26 (the others); pending while an unknown week
        // comes first. The package course events come from the casework API.
        Map<String, Object> prices = new LinkedHashMap<>();
        for (String course : List.of(
                "WORKPLACE_MENTAL_BASIC",
                "WORKPLACE_MENTAL_EXTENDED",
                "WORKPLACE_PHYSICAL_BASIC",
                "WORKPLACE_PHYSICAL_EXTENDED",
                "INTERDISCIPLINARY_BASIC",
                "INTERDISCIPLINARY_EXTENDED")) {
            prices.put(course, 8000 + 4000 * prices.size());
        }
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("priceList", prices);
        terms.put("startShare", 0.5);
        terms.put("recoveryBonus", 5000);
        terms.put("bonusWeeksShort", 12);
        terms.put("bonusWeeksLong", 26);
        Program program = program("copenhagen-course-packages", terms);
        UUID a = enroll(program, A, "SICKNESS_BENEFIT");
        UUID b = enroll(program, B, "SICKNESS_BENEFIT");
        UUID c = enroll(program, C, "SICKNESS_BENEFIT");
        choose(program, a, "P1", "WORKPLACE_MENTAL_BASIC", "2024-01-08");
        complete(program, a, "2024-03-01");
        choose(program, b, "P4", "INTERDISCIPLINARY_EXTENDED", "2024-01-15");
        choose(program, c, "P3", "WORKPLACE_PHYSICAL_EXTENDED", "2024-02-05");
        register.importStatuses(
                m,
                program.getId(),
                "2024-W01",
                "2024-W13",
                csv(
                        rows(A, 2024, 1, 2),
                        rows(B, 2024, 1, 13),
                        rows(C, 2024, 1, 4),
                        rows(C, 2024, 5, 13, "JOB_CLARIFICATION")));

        // 2024-Q1 (k = 0..12):
        //   A P1 8000: start 0.5 * 8000 = 4000.00, completed 1 Mar: 8000 - 4000 = 4000.00; benefit
        //     k = 0..1, self-supporting at k = 2 < 12: bonus 5000.00                      -> 13000.00
        //   B P4 28000: start 14000.00, not completed; on benefit k = 0..12 and k = 13 unknown:
        //     the bonus is pending                                                          -> 14000.00
        //   C P3 20000: start 10000.00; first week off sickness benefit (k = 4) is job
        //     clarification, not self-supporting: no bonus, nothing pending                 -> 10000.00
        //   earned = 13000 + 14000 + 10000 = 37000.00
        Statement q1 = settle(program, "2024-Q1");
        assertThat(q1.getEarned()).isEqualTo("37000.00");
        assertThat(amounts(q1, "COURSE_START"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(a, "4000.00", b, "14000.00", c, "10000.00"));
        assertThat(amounts(q1, "COURSE_COMPLETION")).containsExactlyEntriesOf(Map.of(a, "4000.00"));
        assertThat(amounts(q1, "RECOVERY_BONUS")).containsExactlyEntriesOf(Map.of(a, "5000.00"));
        assertThat(q1.getPending()).singleElement().satisfies(p -> {
            assertThat(p.getParticipantId()).isEqualTo(b);
            assertThat(p.getOutcome()).isEqualTo("RECOVERY_BONUS");
            assertThat(p.getKind()).isEqualTo(PendingKind.BONUS);
            assertThat(p.getOpenAmount()).isEqualTo("5000.00");
        });

        // 2024-Q2 (k = 0..25): B completes on 10 May (28000 - 14000 = 14000.00) and is self-supporting
        // from W14 (k = 13 < 26): bonus 5000.00. earned = 37000 + 14000 + 5000 = 56000.00,
        // due = 56000 - 37000 = 19000.00.
        complete(program, b, "2024-05-10");
        // A and B are listed without rows: self-supporting W14..W26 (an import covers whom it lists).
        register.importStatuses(
                m,
                program.getId(),
                "2024-W14",
                "2024-W26",
                csv(covered(A), covered(B), rows(C, 2024, 14, 26, "JOB_CLARIFICATION")));
        Statement q2 = settle(program, "2024-Q2");
        assertThat(q2.getEarned()).isEqualTo("56000.00");
        assertThat(q2.getPreviouslySettled()).isEqualTo("37000.00");
        assertThat(q2.getDue()).isEqualTo("19000.00");
        assertThat(amounts(q2, "COURSE_COMPLETION"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(a, "4000.00", b, "14000.00"));
        assertThat(amounts(q2, "RECOVERY_BONUS"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(a, "5000.00", b, "5000.00"));
        assertThat(q2.getPending()).isEmpty();
        assertThat(settlements.verifyStatement(m, program.getId(), q2.getId()).getMatches())
                .isTrue();
    }

    private void choose(Program program, UUID participant, String packageCode, String course, String startedOn)
            throws Exception {
        new CoursePackagesApi(client(tokens.caseworker(m)))
                .chooseCoursePackage(
                        m,
                        program.getId(),
                        participant,
                        new CoursePackageChoice()
                                .packageCode(packageCode)
                                .courseCode(course)
                                .startedOn(LocalDate.parse(startedOn))
                                .reason("hand-computed test case"));
    }

    private void complete(Program program, UUID participant, String on) throws Exception {
        new CoursePackagesApi(client(tokens.caseworker(m)))
                .completeCoursePackage(m, program.getId(), participant, new Completion().on(LocalDate.parse(on)));
    }

    private Program program(String plugin, Map<String, Object> terms) throws Exception {
        return scenario.program(
                m, scenario.organisation(OrganisationType.PROVIDER), plugin, terms, LocalDate.of(2024, 1, 1), 10);
    }

    private UUID enroll(Program program, String cpr, String targetGroup) throws Exception {
        // Complete referral facts, so that Copenhagen's recommender can recommend a package.
        ParticipantCreate request =
                Scenario.consenting().cpr(cpr).targetGroup(targetGroup).startWeek("2024-W01");
        request.getReferral()
                .expectedLongerThanThreeMonths(false)
                .healthUnclear(false)
                .socialProblems(false)
                .seriousIllness(false)
                .permanentlyReducedCapacity(false)
                .primaryBarrier(Referral.PrimaryBarrierEnum.MENTAL);
        Participant p =
                new ParticipantsApi(client(tokens.caseworker(m))).enrollParticipant(m, program.getId(), request);
        return p.getId();
    }

    private Statement settle(Program program, String quarter) throws Exception {
        return settlements.runSettlement(
                m, program.getId(), new SettlementRequest().period(quarter).issue(true));
    }

    /** The amounts of one outcome's lines by participant. */
    private static Map<UUID, String> amounts(Statement s, String outcome) {
        Map<UUID, String> amounts = new LinkedHashMap<>();
        s.getLines().stream()
                .filter(l -> outcome.equals(l.getOutcome()))
                .forEach(l -> amounts.put(l.getParticipantId(), l.getAmount()));
        return amounts;
    }

    /** SICKNESS_BENEFIT rows for ISO weeks {@code from..to} of one year. */
    private static String rows(String cpr, int year, int from, int to) {
        return rows(cpr, year, from, to, "SICKNESS_BENEFIT");
    }

    private static String rows(String cpr, int year, int from, int to, String code) {
        StringBuilder out = new StringBuilder();
        for (int w = from; w <= to; w++) {
            out.append(cpr)
                    .append(',')
                    .append(new IsoWeek(year, w))
                    .append(',')
                    .append(code)
                    .append('\n');
        }
        return out.toString();
    }

    /** A row that lists a covered person without giving a week: self-supporting where no row says else. */
    private static String covered(String cpr) {
        return cpr + ",,\n";
    }

    private static String csv(String... rows) {
        return "cpr,week,code\n" + String.join("", rows);
    }
}
