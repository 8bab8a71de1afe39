package dk.virkning.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A provider or investor. Organisations work across municipalities, so they belong to no tenant. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    private String cvr;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {}

    Organisation(UUID id, String name, OrganisationType type, String cvr, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.cvr = cvr;
        this.createdAt = createdAt;
    }

    public OrganisationId id() {
        return new OrganisationId(id);
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public String cvr() {
        return cvr;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
