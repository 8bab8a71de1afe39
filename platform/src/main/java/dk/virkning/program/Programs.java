package dk.virkning.program;

import dk.virkning.organisation.OrganisationId;
import dk.virkning.organisation.OrganisationType;
import dk.virkning.organisation.Organisations;
import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.plugin.TermsValidator;
import dk.virkning.security.CurrentUser;
import dk.virkning.security.Role;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A municipality's programs, as the current user may see them. */
@Service
public class Programs {

    private final ProgramRepository repository;
    private final Organisations organisations;
    private final PluginRegistry plugins;
    private final TermsValidator termsValidator;
    private final JsonMapper json;
    private final Clock clock;
    private final PluginVersionChanges changes;

    Programs(
            ProgramRepository repository,
            Organisations organisations,
            PluginRegistry plugins,
            TermsValidator termsValidator,
            JsonMapper json,
            Clock clock,
            PluginVersionChanges changes) {
        this.repository = repository;
        this.organisations = organisations;
        this.plugins = plugins;
        this.termsValidator = termsValidator;
        this.json = json;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    public Program create(ProgramDraft draft, String createdBy) {
        organisations.require(draft.provider(), OrganisationType.PROVIDER, "providerId");
        draft.investors().forEach(i -> organisations.require(i, OrganisationType.INVESTOR, "investorIds"));
        InstalledPlugin plugin = plugins.find(draft.pluginId(), draft.pluginVersion())
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-plugin",
                        "Plugin " + draft.pluginId() + " " + draft.pluginVersion() + " is not installed",
                        List.of(ProblemError.field("pluginVersion", "is not installed"))));
        if (!plugins.isEnabled(plugin.id(), plugin.version())) {
            throw ProblemException.unprocessable(
                    "plugin-disabled",
                    "Plugin " + plugin.id() + " " + plugin.version() + " is disabled for new programs",
                    List.of(ProblemError.field("pluginVersion", "is disabled for new programs")));
        }
        termsValidator.validate(plugin, draft.terms());
        return repository.save(new Program(draft, json.writeValueAsString(draft.terms()), clock.instant(), createdBy));
    }

    /** The programs of the current municipality that the user may see. */
    @Transactional(readOnly = true)
    public Page<Program> list(CurrentUser user, Pageable pageable) {
        if (user.has(Role.PROVIDER_STAFF) && user.tenant().isEmpty()) {
            UUID provider = user.organisation().orElse(new UUID(0, 0));
            return repository.findByProviderId(provider, pageable);
        }
        return repository.findAll(pageable);
    }

    /** The program, if it exists in the current municipality and the user may see it. */
    @Transactional(readOnly = true)
    public Optional<Program> find(CurrentUser user, ProgramId id) {
        return repository.findById(id.value()).filter(p -> ProgramAccessPolicy.canSee(user, p));
    }

    /** The program, or a 404 problem when it does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    public Program get(CurrentUser user, ProgramId id) {
        return find(user, id).orElseThrow(() -> ProblemException.notFound("Program " + id));
    }

    /**
     * The program, locked until the transaction ends, so that concurrent enrollments count
     * capacity one at a time; a 404 problem when the user may not see it.
     */
    @Transactional
    public Program lock(CurrentUser user, ProgramId id) {
        return repository
                .lockById(id.value())
                .filter(p -> ProgramAccessPolicy.canSee(user, p))
                .orElseThrow(() -> ProblemException.notFound("Program " + id));
    }

    /**
     * Moves a program to another version of its plugin: an explicit act with a reason, recorded.
     * Statements already issued keep the version they were computed with; the program's terms must
     * satisfy the new version's schema.
     */
    @Transactional
    public Program movePluginVersion(CurrentUser user, ProgramId id, String version, String reason) {
        Program program = lock(user, id);
        String from = program.pluginVersion();
        if (from.equals(version)) {
            throw ProblemException.conflict("The program is on " + program.pluginId() + " " + version + " already");
        }
        InstalledPlugin target = plugins.find(program.pluginId(), version)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-plugin",
                        "Plugin " + program.pluginId() + " " + version + " is not installed",
                        List.of(ProblemError.field("version", "is not installed"))));
        if (!plugins.isEnabled(target.id(), target.version())) {
            throw ProblemException.unprocessable(
                    "plugin-disabled",
                    "Plugin " + target.id() + " " + version + " is disabled",
                    List.of(ProblemError.field("version", "is disabled")));
        }
        termsValidator.validate(target, termsMap(program));
        program.movePluginVersion(version);
        changes.record(program, from, version, reason, user.subject());
        return program;
    }

    /** The programs an investor funds, across municipalities (the caller sets the tenant context). */
    @Transactional(readOnly = true)
    public List<Program> fundedBy(OrganisationId investor) {
        return repository.findFundedBy(investor.value());
    }

    /** The program's terms as a JSON object. */
    public Map<String, Object> termsMap(Program program) {
        return json.readValue(program.termsJson(), new TypeReference<Map<String, Object>>() {});
    }
}
