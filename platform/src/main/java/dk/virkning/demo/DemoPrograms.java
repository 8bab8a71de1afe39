package dk.virkning.demo;

import static dk.virkning.investor.CapitalTransaction.Type.DRAWDOWN;
import static dk.virkning.investor.CapitalTransaction.Type.REPAYMENT;

import dk.virkning.spi.IsoWeek;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four programs of the seeds (DOMAIN.md 2 and 6), one per municipality, with the demo terms of
 * DOMAIN.md 6 and cohorts of the seeds' sizes where seeding stays quick. Periods follow the seeds:
 * NK1 from January 2022, Hedensted's two-year job coach from 2023, Holbæk's team from February 2024
 * and Copenhagen's course packages in 2025.
 */
final class DemoPrograms {

    private DemoPrograms() {}

    static final DemoProgram NORDDJURS = new DemoProgram(
            DemoMunicipality.NORDDJURS,
            "NK1 – mental sundhed og beskæftigelse",
            DemoOrganisation.SUNDINVEST,
            List.of(DemoOrganisation.KAPITALFOND_EFFEKT),
            "sundinvest-nk1",
            terms(
                    "baselineBenefitShare", new BigDecimal("0.80"),
                    "weeklyNetCost", new BigDecimal("3000"),
                    "measurementWeeks", 52,
                    "savingsShare", new BigDecimal("0.60"),
                    "maxTotalPayment", new BigDecimal("2000000")),
            LocalDate.of(2022, 1, 3),
            50,
            DemoCohort.Shape.of(707, 50, IsoWeek.parse("2022-W01"), 78),
            List.of("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"),
            List.of(
                    new DemoProgram.Capital(
                            "demo-nk1-drawdown-1",
                            DRAWDOWN,
                            LocalDate.of(2021, 12, 15),
                            "300000.00",
                            "First tranche: team and assessment phase"),
                    new DemoProgram.Capital(
                            "demo-nk1-drawdown-2",
                            DRAWDOWN,
                            LocalDate.of(2022, 7, 1),
                            "150000.00",
                            "Second tranche: job match and aftercare"),
                    new DemoProgram.Capital(
                            "demo-nk1-repayment-1",
                            REPAYMENT,
                            LocalDate.of(2022, 12, 20),
                            "25000.00",
                            "Unspent capital returned after the 2022 budget review")));

    /**
     * A fixed job coach for two years: 60 of the 150 places filled (48 on sickness benefit, 12 in job
     * clarification), enough to show every outcome while the demo still starts within a minute.
     */
    static final DemoProgram HEDENSTED = new DemoProgram(
            DemoMunicipality.HEDENSTED,
            "Fast jobcoach til sygemeldte",
            DemoOrganisation.MARSELISBORG,
            List.of(DemoOrganisation.KAPITALFOND_EFFEKT),
            "marselisborg-jobcoach",
            terms(
                    "ratePerWeek",
                    terms("SICKNESS_BENEFIT", new BigDecimal("2500"), "JOB_CLARIFICATION", new BigDecimal("3000")),
                    "measurementWeeks",
                    104,
                    "qualifyingRunWeeks",
                    4,
                    "capPerParticipant",
                    new BigDecimal("150000")),
            LocalDate.of(2023, 1, 2),
            150,
            new DemoCohort.Shape(766, 60, IsoWeek.parse("2023-W01"), 104, 26, 0, 5),
            List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"),
            List.of(
                    new DemoProgram.Capital(
                            "demo-hedensted-drawdown-1",
                            DRAWDOWN,
                            LocalDate.of(2022, 12, 15),
                            "1500000.00",
                            "First tranche: job coaches for the first year"),
                    new DemoProgram.Capital(
                            "demo-hedensted-drawdown-2",
                            DRAWDOWN,
                            LocalDate.of(2023, 12, 15),
                            "1000000.00",
                            "Second tranche: the second year and the learning track")));

    /** The interdisciplinary team's first intake (of 180 over three years): 26 weeks plus 13 of aftercare. */
    static final DemoProgram HOLBAEK = new DemoProgram(
            DemoMunicipality.HOLBAEK,
            "Tværfaglig indsats for psykisk sårbare sygemeldte",
            DemoOrganisation.HOLBAEK_TEAM,
            List.of(DemoOrganisation.INVESTERINGSFOND),
            "dsi-mental-health-team",
            terms(
                    "rateO1", new BigDecimal("20000"),
                    "rateO2", new BigDecimal("40000"),
                    "maxTotalPayment", new BigDecimal("5400000")),
            LocalDate.of(2024, 2, 1),
            180,
            new DemoCohort.Shape(316, 60, IsoWeek.parse("2024-W05"), 104, 26, 0, 0),
            List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"),
            List.of(new DemoProgram.Capital(
                    "demo-holbaek-drawdown-1",
                    DRAWDOWN,
                    LocalDate.of(2024, 1, 15),
                    "1800000.00",
                    "The team's first eighteen months")));

    /** Course packages bought from a provider, recommended per citizen; no investor. */
    static final DemoProgram KOEBENHAVN = new DemoProgram(
            DemoMunicipality.KOEBENHAVN,
            "Forløbspakker for sygemeldte",
            DemoOrganisation.KOEBENHAVN_BIF,
            List.of(),
            "copenhagen-course-packages",
            terms(
                    "priceList",
                    terms(
                            "WORKPLACE_MENTAL_BASIC", new BigDecimal("8000"),
                            "WORKPLACE_MENTAL_EXTENDED", new BigDecimal("16000"),
                            "WORKPLACE_PHYSICAL_BASIC", new BigDecimal("8000"),
                            "WORKPLACE_PHYSICAL_EXTENDED", new BigDecimal("15000"),
                            "INTERDISCIPLINARY_BASIC", new BigDecimal("18000"),
                            "INTERDISCIPLINARY_EXTENDED", new BigDecimal("30000")),
                    "startShare",
                    new BigDecimal("0.5"),
                    "recoveryBonus",
                    new BigDecimal("5000"),
                    "bonusWeeksShort",
                    12,
                    "bonusWeeksLong",
                    26),
            LocalDate.of(2025, 1, 6),
            200,
            new DemoCohort.Shape(101, 60, IsoWeek.parse("2025-W02"), 52, 13, 0, 0),
            List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"),
            List.of());

    /** In the order they are seeded: Norddjurs first, as before the others existed. */
    static final List<DemoProgram> ALL = List.of(NORDDJURS, HEDENSTED, HOLBAEK, KOEBENHAVN);

    private static Map<String, Object> terms(Object... pairs) {
        Map<String, Object> terms = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            terms.put((String) pairs[i], pairs[i + 1]);
        }
        return terms;
    }
}
