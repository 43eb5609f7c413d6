package se.namndflode.organisation;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.engine.EngineTenants;

/** Every municipality is a Camunda tenant, its code the tenant id: the engine support deploys to each. */
@Component
class MunicipalityTenants implements EngineTenants {

    private final MunicipalityRepository municipalities;

    MunicipalityTenants(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> tenantIds() {
        return municipalities.findAll().stream().map(Municipality::getCode).sorted().toList();
    }
}
