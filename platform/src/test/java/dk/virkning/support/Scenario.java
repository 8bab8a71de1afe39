package dk.virkning.support;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.MunicipalitiesApi;
import dk.virkning.client.api.OrganisationsApi;
import dk.virkning.client.api.ParticipantsApi;
import dk.virkning.client.api.ProgramsApi;
import dk.virkning.client.api.RegisterApi;
import dk.virkning.client.model.ConsentGiven;
import dk.virkning.client.model.MunicipalityCreate;
import dk.virkning.client.model.Organisation;
import dk.virkning.client.model.OrganisationCreate;
import dk.virkning.client.model.OrganisationType;
import dk.virkning.client.model.Participant;
import dk.virkning.client.model.ParticipantCreate;
import dk.virkning.client.model.Program;
import dk.virkning.client.model.ProgramCreate;
import dk.virkning.client.model.Referral;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Builds a fresh world for a test through the API: each test gets its own municipality and organisations. */
public final class Scenario {

    /** The version of the first-party plugins the build installs (plugin API 1.1). */
    public static final String FIRST_PARTY_VERSION = "1.1.0";

    /** The version of the test fixture plugins (misbehaving, hostile). */
    public static final String FIXTURE_VERSION = "1.0.0";

    private final PlatformIT test;
    private final TestTokens tokens;

    Scenario(PlatformIT test, TestTokens tokens) {
        this.test = test;
        this.tokens = tokens;
    }

    /**
     * Codes the scenario never draws: the demo municipalities' (101, 316, 707, 766) and those tests
     * give their own municipalities (398, 399; 900..999 is left to tests that pick a free code).
     */
    private static final Set<String> RESERVED_CODES = Set.of("101", "316", "707", "766", "398", "399");

    /** A new municipality with a unique key. */
    public String municipality() throws ApiException {
        String key = "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        String code = testCode();
        // Codes are unique: retry on the rare clash.
        for (int attempt = 0; ; attempt++) {
            try {
                new MunicipalitiesApi(test.client(tokens.operator()))
                        .createMunicipality(new MunicipalityCreate()
                                .id(key)
                                .name("Test " + key)
                                .municipalityCode(code));
                return key;
            } catch (ApiException e) {
                if (e.getCode() != 409 || attempt > 200) {
                    throw e;
                }
                code = testCode();
            }
        }
    }

    /**
     * A code in 000..899 but the {@link #RESERVED_CODES}: the whole suite shares one database and
     * makes several hundred municipalities, so the codes must not run out.
     */
    private static String testCode() {
        String code;
        do {
            code = String.format(
                    Locale.ROOT, "%03d", ThreadLocalRandom.current().nextInt(900));
        } while (RESERVED_CODES.contains(code));
        return code;
    }

    public Organisation organisation(OrganisationType type) throws ApiException {
        return new OrganisationsApi(test.client(tokens.operator()))
                .createOrganisation(new OrganisationCreate()
                        .name(type + " "
                                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36))
                        .type(type));
    }

    /** NK1 terms as in the demo (DOMAIN.md 6.3). */
    public static Map<String, Object> nk1Terms() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("baselineBenefitShare", new BigDecimal("0.80"));
        terms.put("weeklyNetCost", new BigDecimal("3000"));
        terms.put("measurementWeeks", 52);
        terms.put("savingsShare", new BigDecimal("0.60"));
        terms.put("maxTotalPayment", new BigDecimal("2000000"));
        return terms;
    }

    public Program nk1Program(String municipality, Organisation provider, List<Organisation> investors, int capacity)
            throws ApiException {
        return new ProgramsApi(test.client(tokens.admin(municipality)))
                .createProgram(
                        municipality,
                        new ProgramCreate()
                                .name("NK1 test")
                                .providerId(provider.getId())
                                .investorIds(investors.stream()
                                        .map(Organisation::getId)
                                        .toList())
                                .pluginId("sundinvest-nk1")
                                .pluginVersion(FIRST_PARTY_VERSION)
                                .terms(nk1Terms())
                                .startDate(LocalDate.of(2024, 1, 1))
                                .capacity(capacity));
    }

    /**
     * A program on an installed plugin, delivered by {@code provider}, without investors: a first-party
     * plugin at {@link #FIRST_PARTY_VERSION}, a test fixture plugin at {@link #FIXTURE_VERSION}.
     */
    public Program program(
            String municipality,
            Organisation provider,
            String plugin,
            Map<String, Object> terms,
            LocalDate start,
            int capacity)
            throws ApiException {
        return new ProgramsApi(test.client(tokens.admin(municipality)))
                .createProgram(
                        municipality,
                        new ProgramCreate()
                                .name(plugin)
                                .providerId(provider.getId())
                                .investorIds(List.of())
                                .pluginId(plugin)
                                .pluginVersion(plugin.endsWith("-plugin") ? FIXTURE_VERSION : FIRST_PARTY_VERSION)
                                .terms(terms)
                                .startDate(start)
                                .capacity(capacity));
    }

    /**
     * An enrollment request of a referred citizen who consented (on 22 Dec 2023); the caller adds the
     * CPR number, target group and start week.
     */
    public static ParticipantCreate consenting() {
        return new ParticipantCreate()
                .referral(new Referral().referredOn(LocalDate.of(2023, 12, 20)).visitationCategory("2"))
                .consent(new ConsentGiven().givenOn(LocalDate.of(2023, 12, 22)));
    }

    /** Enrolls a consenting citizen in a target group of any program. */
    public Participant enrollIn(String municipality, Program program, String cpr, String targetGroup, String startWeek)
            throws ApiException {
        return new ParticipantsApi(test.client(tokens.caseworker(municipality)))
                .enrollParticipant(
                        municipality,
                        program.getId(),
                        consenting().cpr(cpr).targetGroup(targetGroup).startWeek(startWeek));
    }

    public Participant enroll(String municipality, Program program, String cpr, String startWeek) throws ApiException {
        return new ParticipantsApi(test.client(tokens.caseworker(municipality)))
                .enrollParticipant(
                        municipality,
                        program.getId(),
                        consenting().cpr(cpr).targetGroup("MENTAL_ILLNESS").startWeek(startWeek));
    }

    /**
     * A program of a test fixture plugin (target group {@code ANYONE}) with one citizen enrolled from
     * 2024-W01 and Q1 2024 imported as self-supporting, ready to settle 2024-Q1.
     */
    public Program fixtureProgram(String municipality, String plugin, Map<String, Object> terms) throws ApiException {
        Program program = program(
                municipality, organisation(OrganisationType.PROVIDER), plugin, terms, LocalDate.of(2024, 1, 1), 5);
        enrollIn(municipality, program, "0101901111", "ANYONE", "2024-W01");
        new RegisterApi(test.client(tokens.admin(municipality)))
                .importStatuses(municipality, program.getId(), "2024-W01", "2024-W13", "cpr,week,code\n0101901111,,\n");
        return program;
    }
}
