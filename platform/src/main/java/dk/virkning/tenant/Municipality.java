package dk.virkning.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A municipality: the tenant of the platform. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "municipality_code", nullable = false)
    private String code;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Municipality() {}

    Municipality(String id, String name, String code, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.code = code;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
