package se.namndflode.organisation;

import se.namndflode.shared.security.CurrentUser;

/** A signed-in user reaches only their own municipalities; work without a user (start-up, jobs) reaches all. */
final class Tenancy {

    private Tenancy() {
    }

    static boolean mayAccess(Municipality municipality) {
        return CurrentUser.get().map(user -> user.belongsTo(municipality.getCode())).orElse(true);
    }
}
