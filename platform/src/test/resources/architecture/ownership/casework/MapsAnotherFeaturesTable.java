package dk.virkning.casework;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;

// A fixture of TableOwnershipTest, never compiled: an entity whose default table is another
// feature's (participant), and a collection mapped on another feature's table.
@Entity
class Participant {

    @CollectionTable(name = "program_investor", joinColumns = @JoinColumn(name = "program_id"))
    Set<UUID> investors;
}
