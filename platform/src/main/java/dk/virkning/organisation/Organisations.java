package dk.virkning.organisation;

import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Providers and investors. */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final Clock clock;

    Organisations(OrganisationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public Organisation create(String name, OrganisationType type, String cvr) {
        return create(UUID.randomUUID(), name, type, cvr);
    }

    /** Creates an organisation with a given id (demo data uses stable ids). */
    @Transactional
    public Organisation create(UUID id, String name, OrganisationType type, String cvr) {
        if (repository.existsByNameIgnoreCase(name)) {
            throw ProblemException.conflict("An organisation named '" + name + "' exists already");
        }
        return repository.save(new Organisation(id, name, type, cvr, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<Organisation> list(OrganisationType type, Pageable pageable) {
        return type == null ? repository.findAll(pageable) : repository.findByType(type, pageable);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(OrganisationId id) {
        return repository.findById(id.value());
    }

    /**
     * The organisation, which must be of the given type; otherwise a 422 problem naming the field.
     */
    @Transactional(readOnly = true)
    public Organisation require(OrganisationId id, OrganisationType type, String field) {
        return find(id).filter(o -> o.type() == type)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-organisation",
                        "No " + type.name().toLowerCase() + " organisation has id " + id,
                        List.of(ProblemError.field(
                                field, "is not a known " + type.name().toLowerCase()))));
    }
}
