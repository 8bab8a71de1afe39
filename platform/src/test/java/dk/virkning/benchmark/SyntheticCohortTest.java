package dk.virkning.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.participant.Pseudonymizer;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.WeeklyStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCohortTest {

    private final SyntheticCohort cohort = new SyntheticCohort(7, 2_000, 156, IsoWeek.parse("2023-W01"));

    @Test
    void theSameSeedGivesTheSameCohortInAnyOrder() {
        SyntheticCohort again = new SyntheticCohort(7, 2_000, 156, IsoWeek.parse("2023-W01"));
        byte[] a = new byte[156];
        byte[] b = new byte[156];
        again.statuses(1999, b);
        cohort.statuses(1999, a);
        assertThat(a).isEqualTo(b);
        new SyntheticCohort(8, 2_000, 156, IsoWeek.parse("2023-W01")).statuses(1999, b);
        cohort.statuses(0, a);
        cohort.statuses(1999, a);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void citizensHaveUniqueValidCprNumbers() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i += 7) {
            String cpr = cohort.cpr(i);
            assertThat(Pseudonymizer.isCpr(cpr)).as(cpr).isTrue();
            assertThat(seen.add(cpr)).as(cpr).isTrue();
        }
    }

    @Test
    void theStatusesMixSicknessBenefitSelfSupportingAndOtherBenefits() {
        Map<WeeklyStatus, Integer> weeks = new EnumMap<>(WeeklyStatus.class);
        byte[] codes = new byte[156];
        for (int i = 0; i < cohort.participants(); i++) {
            cohort.statuses(i, codes);
            assertThat(codes[0]).isIn((byte) WeeklyStatus.SICKNESS_BENEFIT.ordinal(), (byte)
                    WeeklyStatus.JOB_CLARIFICATION.ordinal());
            for (byte c : codes) {
                weeks.merge(WeeklyStatus.values()[c], 1, Integer::sum);
            }
        }
        assertThat(weeks).doesNotContainKey(WeeklyStatus.UNKNOWN);
        assertThat(weeks.keySet())
                .contains(
                        WeeklyStatus.SICKNESS_BENEFIT,
                        WeeklyStatus.JOB_CLARIFICATION,
                        WeeklyStatus.SELF_SUPPORTING,
                        WeeklyStatus.UNEMPLOYMENT_BENEFIT,
                        WeeklyStatus.CASH_BENEFIT,
                        WeeklyStatus.RESOURCE_COURSE,
                        WeeklyStatus.FLEX_JOB,
                        WeeklyStatus.EDUCATION);
        double selfSupporting = weeks.get(WeeklyStatus.SELF_SUPPORTING) / (double) cohort.personWeeks();
        assertThat(selfSupporting).isBetween(0.3, 0.8);
    }

    @Test
    void theLongFileHasOneRowPerPersonWeekAndAnEmptyCodeForSelfSupporting(@TempDir Path dir) throws Exception {
        SyntheticCohort small = new SyntheticCohort(7, 3, 4, IsoWeek.parse("2023-W52"));
        Path file = dir.resolve("c.csv");

        assertThat(small.writeLongCsv(file)).isEqualTo(12);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(13).first().isEqualTo("cpr,week,code");
        assertThat(lines.get(1)).startsWith(small.cpr(0) + ",2023-W52,");
        assertThat(lines.get(4)).startsWith(small.cpr(0) + ",2024-W03,");
        assertThat(lines.subList(1, 13))
                .allMatch(l -> l.matches("\\d{10},\\d{4}-W\\d{2},([A-Z_]+)?") && !l.endsWith("SELF_SUPPORTING"));
    }
}
