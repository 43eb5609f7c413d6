package se.namndflode.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.demo.DemoDataFile.DemoAccount;
import se.namndflode.demo.DemoDataFile.DemoBoard;
import se.namndflode.demo.DemoDataFile.DemoMunicipality;
import se.namndflode.demo.DemoDataFile.DemoSeat;
import se.namndflode.organisation.AccountForm;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.AdministrationForm;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.BoardKind;
import se.namndflode.organisation.BoardRole;
import se.namndflode.organisation.CommitteeForm;
import se.namndflode.organisation.Municipality;
import se.namndflode.organisation.MunicipalityForm;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.organisation.PartyForm;
import se.namndflode.organisation.PersonForm;
import se.namndflode.organisation.SeatForm;
import se.namndflode.organisation.SeatType;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.Role;

/**
 * Loads the demo organisation on first start (when no municipality exists yet), through the same services
 * and rules as the admin pages, in one transaction, audited as the actor {@value #ACTOR}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "namndflode.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String ACTOR = "demodata";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationAdmin admin;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final String password;

    DemoData(OrganisationAdmin admin, Accounts accounts, AuditLog audit, ObjectMapper json,
            TransactionTemplate transaction, @Value("${namndflode.demo-data.password}") String password) {
        this.admin = admin;
        this.accounts = accounts;
        this.audit = audit;
        this.json = json;
        this.transaction = transaction;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (admin.hasAnyMunicipality()) {
            return;
        }
        DemoDataFile file = read(json, "demo/organisation.json", DemoDataFile.class);
        actingAs(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null, List.of()),
                () -> transaction.executeWithoutResult(status -> load(file)));
        log.info("Demo data loaded: {} municipalities, {} accounts", file.municipalities().size(),
                file.accounts().size());
    }

    /** Reads a demo file of the classpath in its own format. */
    static <T> T read(ObjectMapper json, String path, Class<T> type) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        }
    }

    /** Runs the work as the given user, so that it is checked and audited as theirs, then restores the context. */
    static void actingAs(Authentication user, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load(DemoDataFile file) {
        Map<String, Municipality> municipalities = new HashMap<>();
        Map<String, Long> persons = new HashMap<>();
        for (DemoMunicipality demo : file.municipalities()) {
            municipalities.put(demo.code(), loadMunicipality(demo, persons));
        }
        for (DemoAccount demo : file.accounts()) {
            AccountForm form = new AccountForm();
            form.setUsername(demo.username());
            form.setDisplayName(demo.displayName());
            form.setPassword(password);
            Set<Role> roles = new LinkedHashSet<>();
            demo.roles().forEach(role -> roles.add(Role.valueOf(role)));
            form.setRoles(roles);
            Set<Long> ids = new LinkedHashSet<>();
            demo.municipalities().forEach(code -> ids.add(municipalities.get(code).getId()));
            form.setMunicipalityIds(ids);
            form.setPersonId(demo.person() == null ? null : persons.get(demo.person()));
            accounts.save(form);
        }
        audit.record("DEMO_DATA_LOADED", "DemoData", null, null,
                "Demodata inläst: " + file.municipalities().size() + " kommuner, " + file.accounts().size()
                        + " konton", null);
    }

    private Municipality loadMunicipality(DemoMunicipality demo, Map<String, Long> persons) {
        MunicipalityForm municipalityForm = new MunicipalityForm();
        municipalityForm.setCode(demo.code());
        municipalityForm.setName(demo.name());
        Municipality municipality = admin.saveMunicipality(municipalityForm);

        Map<String, Long> administrations = new HashMap<>();
        for (DemoDataFile.DemoAdministration administration : demo.administrations()) {
            AdministrationForm form = new AdministrationForm();
            form.setMunicipalityId(municipality.getId());
            form.setName(administration.name());
            form.setRegistryPrefix(administration.registryPrefix());
            administrations.put(administration.registryPrefix(), admin.saveAdministration(form).getId());
        }
        Map<String, Long> parties = new HashMap<>();
        for (List<String> party : demo.parties()) {
            PartyForm form = new PartyForm();
            form.setMunicipalityId(municipality.getId());
            form.setCode(party.get(0));
            form.setName(party.get(1));
            parties.put(party.get(0), admin.saveParty(form).getId());
        }
        for (DemoBoard board : demo.boards()) {
            BoardForm form = new BoardForm();
            form.setMunicipalityId(municipality.getId());
            form.setKind(BoardKind.valueOf(board.kind()));
            form.setName(board.name());
            form.setAdministrationId(board.administration() == null ? null : administrations.get(board.administration()));
            form.setMemberCount(board.memberCount());
            Long boardId = admin.saveBoard(form).getId();
            for (String committee : board.committees()) {
                CommitteeForm committeeForm = new CommitteeForm();
                committeeForm.setBoardId(boardId);
                committeeForm.setName(committee);
                admin.saveCommittee(committeeForm);
            }
            for (DemoSeat seat : board.seats()) {
                Long personId = persons.computeIfAbsent(seat.fullName(), name -> {
                    PersonForm person = new PersonForm();
                    person.setMunicipalityId(municipality.getId());
                    person.setFirstName(seat.firstName());
                    person.setLastName(seat.lastName());
                    return admin.savePerson(person).getId();
                });
                SeatForm seatForm = new SeatForm();
                seatForm.setBoardId(boardId);
                seatForm.setPersonId(personId);
                seatForm.setPartyId(parties.get(seat.party()));
                seatForm.setSeatType(SeatType.valueOf(seat.seatType()));
                seatForm.setBoardRole(seat.boardRole() == null ? null : BoardRole.valueOf(seat.boardRole()));
                seatForm.setSubstituteOrder(seat.substituteOrder());
                seatForm.setValidFrom(board.seatsFrom());
                seatForm.setValidTo(board.seatsTo());
                admin.saveSeat(seatForm);
            }
        }
        return municipality;
    }
}
