package dk.virkning.benchmark;

import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.WeeklyStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic cohort: the same seed and size always give the same citizens and the
 * same weekly statuses, whatever order they are asked for in (each participant has its own random
 * stream, derived from the seed and its index). Nothing is held per person-week: a participant's
 * weeks are generated into a caller's buffer, and files are written one row at a time.
 *
 * <p>The statuses follow a weekly transition model over the canonical statuses of DOMAIN.md §4, for
 * citizens referred on sickness benefit (80 %) or in a job clarification course (20 %), as in the
 * Hedensted program: most return to self-supporting work over months, some relapse, some move to
 * unemployment or cash benefit, a resource course, a flex job, education or disability pension.
 * The rates are invented for the benchmark, not taken from a register.
 */
public final class SyntheticCohort {

    private static final WeeklyStatus[] STATUSES = WeeklyStatus.values();
    private static final double[][] CUMULATIVE = transitions();

    private final long seed;
    private final int participants;
    private final int weeks;
    private final IsoWeek firstWeek;
    private final String[] weekLabels;

    public SyntheticCohort(long seed, int participants, int weeks, IsoWeek firstWeek) {
        if (participants < 1 || participants > 3_650_000 || weeks < 1) {
            throw new IllegalArgumentException("1..3,650,000 participants and at least one week");
        }
        this.seed = seed;
        this.participants = participants;
        this.weeks = weeks;
        this.firstWeek = firstWeek;
        this.weekLabels = new String[weeks];
        for (int k = 0; k < weeks; k++) {
            weekLabels[k] = firstWeek.plusWeeks(k).toString();
        }
    }

    public int participants() {
        return participants;
    }

    public int weeks() {
        return weeks;
    }

    public long personWeeks() {
        return (long) participants * weeks;
    }

    public IsoWeek firstWeek() {
        return firstWeek;
    }

    public IsoWeek lastWeek() {
        return firstWeek.plusWeeks(weeks - 1);
    }

    /** The ISO week label of week index {@code k}. */
    public String weekLabel(int k) {
        return weekLabels[k];
    }

    /**
     * A unique, valid-looking CPR number for participant {@code i}: a birth date (DDMMYY) from 1950
     * on and a four-digit sequence number. Synthetic: no real person is meant.
     */
    public String cpr(int i) {
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(i / 10_000);
        return String.format(
                "%02d%02d%02d%04d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100, i % 10_000);
    }

    /** The weekly status codes ({@link WeeklyStatus} ordinals) of participant {@code i}, into {@code codes[0..weeks)}. */
    public void statuses(int i, byte[] codes) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int state = random.nextDouble() < 0.8
                ? WeeklyStatus.SICKNESS_BENEFIT.ordinal()
                : WeeklyStatus.JOB_CLARIFICATION.ordinal();
        for (int k = 0; k < weeks; k++) {
            codes[k] = (byte) state;
            state = next(state, random.nextDouble());
        }
    }

    /**
     * Writes the long register format {@code cpr,week,code}, one row for every person-week; a
     * self-supporting week has an empty code, as in the register. Returns the number of data rows.
     */
    public long writeLongCsv(Path file) throws IOException {
        byte[] codes = new byte[weeks];
        long rows = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII), 1 << 20)) {
            out.write("cpr,week,code\n");
            for (int i = 0; i < participants; i++) {
                String cpr = cpr(i);
                statuses(i, codes);
                for (int k = 0; k < weeks; k++) {
                    out.write(cpr);
                    out.write(',');
                    out.write(weekLabels[k]);
                    out.write(',');
                    if (codes[k] != WeeklyStatus.SELF_SUPPORTING.ordinal()) {
                        out.write(STATUSES[codes[k]].name());
                    }
                    out.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    private static int next(int state, double r) {
        double[] row = CUMULATIVE[state];
        for (int to = 0; to < row.length; to++) {
            if (r < row[to]) {
                return to;
            }
        }
        return state;
    }

    /** Weekly transition probabilities, as cumulative rows; the rest of each row is "stay". */
    private static double[][] transitions() {
        double[][] p = new double[STATUSES.length][STATUSES.length];
        set(p, WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.SELF_SUPPORTING, 0.030);
        set(p, WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.JOB_CLARIFICATION, 0.008);
        set(p, WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.CASH_BENEFIT, 0.003);
        set(p, WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.UNEMPLOYMENT_BENEFIT, 0.003);
        set(p, WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.RESOURCE_COURSE, 0.002);
        set(p, WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.OTHER_BENEFIT, 0.001);
        set(p, WeeklyStatus.SICKNESS_BENEFIT, WeeklyStatus.EDUCATION, 0.001);
        set(p, WeeklyStatus.JOB_CLARIFICATION, WeeklyStatus.SELF_SUPPORTING, 0.015);
        set(p, WeeklyStatus.JOB_CLARIFICATION, WeeklyStatus.SICKNESS_BENEFIT, 0.005);
        set(p, WeeklyStatus.JOB_CLARIFICATION, WeeklyStatus.RESOURCE_COURSE, 0.005);
        set(p, WeeklyStatus.JOB_CLARIFICATION, WeeklyStatus.FLEX_JOB, 0.003);
        set(p, WeeklyStatus.JOB_CLARIFICATION, WeeklyStatus.DISABILITY_PENSION, 0.001);
        set(p, WeeklyStatus.SELF_SUPPORTING, WeeklyStatus.SICKNESS_BENEFIT, 0.008);
        set(p, WeeklyStatus.SELF_SUPPORTING, WeeklyStatus.UNEMPLOYMENT_BENEFIT, 0.005);
        set(p, WeeklyStatus.SELF_SUPPORTING, WeeklyStatus.EDUCATION, 0.002);
        set(p, WeeklyStatus.UNEMPLOYMENT_BENEFIT, WeeklyStatus.SELF_SUPPORTING, 0.050);
        set(p, WeeklyStatus.UNEMPLOYMENT_BENEFIT, WeeklyStatus.CASH_BENEFIT, 0.010);
        set(p, WeeklyStatus.UNEMPLOYMENT_BENEFIT, WeeklyStatus.SICKNESS_BENEFIT, 0.005);
        set(p, WeeklyStatus.CASH_BENEFIT, WeeklyStatus.SELF_SUPPORTING, 0.020);
        set(p, WeeklyStatus.CASH_BENEFIT, WeeklyStatus.SICKNESS_BENEFIT, 0.010);
        set(p, WeeklyStatus.CASH_BENEFIT, WeeklyStatus.EDUCATION, 0.005);
        set(p, WeeklyStatus.CASH_BENEFIT, WeeklyStatus.REVALIDATION, 0.005);
        set(p, WeeklyStatus.RESOURCE_COURSE, WeeklyStatus.FLEX_JOB, 0.010);
        set(p, WeeklyStatus.RESOURCE_COURSE, WeeklyStatus.SELF_SUPPORTING, 0.005);
        set(p, WeeklyStatus.RESOURCE_COURSE, WeeklyStatus.DISABILITY_PENSION, 0.005);
        set(p, WeeklyStatus.FLEX_JOB, WeeklyStatus.SELF_SUPPORTING, 0.005);
        set(p, WeeklyStatus.REVALIDATION, WeeklyStatus.SELF_SUPPORTING, 0.030);
        set(p, WeeklyStatus.EDUCATION, WeeklyStatus.SELF_SUPPORTING, 0.030);
        set(p, WeeklyStatus.EDUCATION, WeeklyStatus.CASH_BENEFIT, 0.010);
        set(p, WeeklyStatus.OTHER_BENEFIT, WeeklyStatus.SELF_SUPPORTING, 0.030);
        // DISABILITY_PENSION is absorbing; UNKNOWN never occurs inside the coverage.
        for (double[] row : p) {
            double sum = 0;
            for (int to = 0; to < row.length; to++) {
                sum += row[to];
                row[to] = row[to] == 0 ? -1 : sum;
            }
        }
        return p;
    }

    private static void set(double[][] p, WeeklyStatus from, WeeklyStatus to, double probability) {
        p[from.ordinal()][to.ordinal()] = probability;
    }

    /**
     * Writes a cohort file without the platform: {@code participants weeks seed file} (defaults
     * 100000 156 20261123 target/benchmark/cohort.csv), starting in 2023-W01.
     */
    public static void main(String[] args) throws IOException {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 156;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
        Path file = Path.of(args.length > 3 ? args[3] : "target/benchmark/cohort.csv");
        Files.createDirectories(file.toAbsolutePath().getParent());
        long rows = new SyntheticCohort(seed, participants, weeks, IsoWeek.parse("2023-W01")).writeLongCsv(file);
        System.out.println(rows + " rows written to " + file);
    }
}
