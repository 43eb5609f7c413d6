package se.namndflode.shared.engine;

import java.util.List;

/**
 * The Camunda tenants the application serves: one per municipality, whose code is the tenant id
 * ({@code stockholm}). Implemented by the module that owns municipalities, so that the engine support here
 * depends on no capability.
 */
public interface EngineTenants {

    /** Every tenant id that exists now. */
    List<String> tenantIds();
}
