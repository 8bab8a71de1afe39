package dk.virkning.tenant;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, String> {

    boolean existsByCode(String code);
}
