package dk.virkning.tenant;

import dk.virkning.shared.ProblemException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities (tenants) of the platform. */
@Service
public class Municipalities {

    private final MunicipalityRepository repository;
    private final Clock clock;

    Municipalities(MunicipalityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public Municipality create(String id, String name, String code) {
        if (repository.existsById(id)) {
            throw ProblemException.conflict("A municipality with id '" + id + "' exists already");
        }
        if (repository.existsByCode(code)) {
            throw ProblemException.conflict("A municipality with code " + code + " exists already");
        }
        return repository.save(new Municipality(id, name, code, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<Municipality> list(Pageable pageable) {
        return repository.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> find(String id) {
        return repository.findById(id);
    }

    /** The municipality, or a 404 problem. */
    @Transactional(readOnly = true)
    public Municipality get(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Municipality '" + id + "'"));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return repository.existsById(id);
    }
}
