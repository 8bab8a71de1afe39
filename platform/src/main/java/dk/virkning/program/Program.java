package dk.virkning.program;

import dk.virkning.organisation.OrganisationId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.TenantId;

/** A municipality's outcome-based program: one provider, its investors, a pinned plugin version and terms. */
@Entity
@Table(name = "program")
public class Program {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private String name;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_investor", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "investor_id")
    private Set<UUID> investorIds = new LinkedHashSet<>();

    @Column(name = "plugin_id", nullable = false)
    private String pluginId;

    @Column(name = "plugin_version", nullable = false)
    private String pluginVersion;

    /** The terms as JSON text, validated against the plugin's schema before they are stored. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String terms;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Program() {}

    Program(ProgramDraft draft, String termsJson, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.name = draft.name();
        this.providerId = draft.provider().value();
        draft.investors().forEach(i -> this.investorIds.add(i.value()));
        this.pluginId = draft.pluginId();
        this.pluginVersion = draft.pluginVersion();
        this.terms = termsJson;
        this.startDate = draft.startDate();
        this.capacity = draft.capacity();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public ProgramId id() {
        return new ProgramId(id);
    }

    public String municipality() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public OrganisationId provider() {
        return new OrganisationId(providerId);
    }

    public List<OrganisationId> investors() {
        return investorIds.stream().sorted().map(OrganisationId::new).toList();
    }

    public boolean fundedBy(OrganisationId investor) {
        return investorIds.contains(investor.value());
    }

    public String pluginId() {
        return pluginId;
    }

    public String pluginVersion() {
        return pluginVersion;
    }

    /** Pins the program to another version of its plugin; the caller records the move. */
    void movePluginVersion(String version) {
        this.pluginVersion = version;
    }

    public String termsJson() {
        return terms;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public int capacity() {
        return capacity;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
