package se.namndflode.goal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.SignedIn;
import se.namndflode.organisation.MunicipalityForm;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/**
 * What the goal tests share: a municipality of each test's own (so tests neither depend on nor disturb the demo
 * data or each other), its people, import files from the test classpath, and counting rows and audit events.
 */
abstract class GoalTestSupport {

    @Autowired
    OrganisationAdmin organisationAdmin;
    @Autowired
    GoalModelImport imports;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    GoalRatings ratings;
    @Autowired
    Goals goals;
    @Autowired
    JdbcTemplate jdbc;

    /** A new municipality; returns its code. */
    String newMunicipality() {
        String code = "g-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
        MunicipalityForm form = new MunicipalityForm();
        form.setCode(code);
        form.setName("Testkommun " + code);
        organisationAdmin.saveMunicipality(form);
        return code;
    }

    static SignedInUser user(String municipalityCode, String name, Role... roles) {
        return new SignedInUser(null, name + "." + municipalityCode, "x", true, true, name,
                roles.length == 0 ? EnumSet.of(Role.CASE_OFFICER) : EnumSet.copyOf(List.of(roles)),
                List.of(municipalityCode), null);
    }

    static SignedInUser admin(String code) {
        return user(code, "admin", Role.ADMIN);
    }

    static SignedInUser official(String code) {
        return user(code, "handlaggare", Role.CASE_OFFICER);
    }

    static <T> T as(SignedInUser user, Supplier<T> work) {
        return SignedIn.as(user, work);
    }

    static String resource(String path) {
        try (InputStream in = GoalTestSupport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String path) {
        return resource(path).getBytes(StandardCharsets.UTF_8);
    }

    GoalModelImport.Result importFile(String code, String path, boolean dryRun) {
        String text = resource(path).replace("@CODE@", code);
        return as(admin(code), () -> imports.importFile(imports.read(text), dryRun));
    }

    /** Stockholm's tables deployed to a test municipality's tenant, as an administrator would upload them. */
    void deployStockholmTables(String code) {
        as(admin(code), () -> decisions.deploy(code, "indicator-rating.dmn",
                bytes("/dmn/stockholm/indicator-rating.dmn")));
        as(admin(code), () -> decisions.deploy(code, "goal-rating.dmn", bytes("/dmn/stockholm/goal-rating.dmn")));
    }

    int rows(String table, String municipalityCode) {
        return jdbc.queryForObject("select count(*) from " + table + " where municipality_code = ?", Integer.class,
                municipalityCode);
    }

    int auditEvents(String municipalityCode) {
        return jdbc.queryForObject("select count(*) from audit_event where municipality_code = ?", Integer.class,
                municipalityCode);
    }
}
