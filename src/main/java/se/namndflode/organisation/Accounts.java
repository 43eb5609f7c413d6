package se.namndflode.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.audit.Changes;
import se.namndflode.shared.mail.Recipient;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;

/**
 * User accounts: signing in (as Spring Security's user store), locking after repeated failures, and
 * creating and changing accounts. Passwords go straight to the encoder and are never stored or logged.
 */
@Service
@Transactional
public class Accounts implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserAccountRepository accounts;
    private final MunicipalityRepository municipalities;
    private final PersonRepository persons;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final LoginThrottleRepository throttles;
    private final int maxFailedLogins;
    private final int lockoutMinutes;
    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    Accounts(UserAccountRepository accounts, MunicipalityRepository municipalities, PersonRepository persons,
            PasswordEncoder encoder, AuditLog audit, Clock clock, LoginThrottleRepository throttles,
            @Value("${namndflode.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${namndflode.security.lockout-minutes:15}") int lockoutMinutes) {
        this.throttles = throttles;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.persons = persons;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockoutMinutes = lockoutMinutes;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return signedIn(account, lockedOutHere(account.getUsername()));
    }

    /** Whether the client of the current sign-in is locked out of this account after too many failures. */
    private boolean lockedOutHere(String username) {
        String source = currentSource();
        return source != null && throttles.findById(new LoginThrottle.Key(username.toLowerCase(Locale.ROOT), source))
                .map(throttle -> throttle.isLockedAt(OffsetDateTime.now(clock))).orElse(false);
    }

    /** The client's address (behind the proxy: the forwarded one), or null outside a request. */
    private static String currentSource() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    private SignedInUser signedIn(UserAccount account) {
        return signedIn(account, false);
    }

    private SignedInUser signedIn(UserAccount account, boolean lockedOutHere) {
        return new SignedInUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(), !lockedOutHere,
                account.getDisplayName(),
                account.getRoles(), account.getMunicipalities().stream().map(Municipality::getCode).toList(),
                account.getPerson() == null ? null : account.getPerson().getId());
    }

    /** After a change to the signed-in user's own account, the session sees it at once. */
    public void refreshSignedInUser() {
        CurrentUser.get().flatMap(user -> accounts.findById(user.getAccountId())).ifPresent(account -> {
            SignedInUser refreshed = signedIn(account);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
            SecurityContextHolder.setContext(context);
            // The session keeps its own copy, stored by Spring Session only when set again: the next request
            // would otherwise still see the old account.
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
                sessionContexts.saveContext(context, request.getRequest(), request.getResponse());
            }
        });
    }

    @EventListener
    public void onLoginSucceeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            String source = sourceOf(event.getAuthentication().getDetails());
            if (source != null) {
                throttles.deleteById(new LoginThrottle.Key(user.getUsername().toLowerCase(Locale.ROOT), source));
            }
            audit.recordStandalone(user.getUsername(), "LOGIN", "UserAccount", user.getAccountId(), "Inloggning");
        }
    }

    /**
     * A wrong password: counted for the account and the client's address together. After
     * {@code max-failed-logins} in a row that address is locked out of that account for {@code lockout-minutes};
     * the account itself stays open from everywhere else, so nobody can lock another person out (HTTP Basic
     * against the engine's REST API included).
     */
    @EventListener
    public void onLoginFailed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String source = Objects.requireNonNullElse(sourceOf(event.getAuthentication().getDetails()), "unknown");
        accounts.findByUsernameIgnoreCase(username.trim()).ifPresent(account -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            LoginThrottle.Key key = new LoginThrottle.Key(account.getUsername().toLowerCase(Locale.ROOT), source);
            LoginThrottle throttle = throttles.findById(key).orElseGet(() -> new LoginThrottle(key, now));
            boolean locked = throttle.failed(now, maxFailedLogins, now.plusMinutes(lockoutMinutes));
            throttles.save(throttle);
            if (locked) {
                // Shown to administrators; signing in from other addresses is not affected.
                account.lockedOutSomewhereUntil(throttle.getLockedUntil());
            }
            String summary = locked ? "Misslyckad inloggning från " + source + "; adressen spärrad för kontot till "
                    + throttle.getLockedUntil().toLocalTime().withNano(0) : "Misslyckad inloggning från " + source;
            audit.recordStandalone(account.getUsername(), "LOGIN_FAILED", "UserAccount", account.getId(), summary);
        });
    }

    private static String sourceOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : currentSource();
    }

    public UserAccount save(AccountForm form) {
        UserAccount account = form.getId() == null ? null : visibleAccount(form.getId());
        Set<Municipality> chosen = new LinkedHashSet<>();
        for (Long municipalityId : form.getMunicipalityIds()) {
            Municipality municipality = municipalities.findById(municipalityId)
                    .filter(Tenancy::mayAccess)
                    .orElseThrow(() -> DomainException.invalid("municipalityIds", "notFound.municipality"));
            chosen.add(municipality);
        }
        Long keptPersonId = null;
        if (account != null) {
            // The form offers only the administrator's own municipalities: the account keeps the others.
            account.getMunicipalities().stream().filter(municipality -> !Tenancy.mayAccess(municipality))
                    .forEach(chosen::add);
            keptPersonId = account.getPerson() == null ? null : account.getPerson().getId();
        }
        Person person = null;
        if (form.getPersonId() != null) {
            boolean alreadyLinked = form.getPersonId().equals(keptPersonId);
            person = persons.findById(form.getPersonId())
                    .filter(candidate -> chosen.contains(candidate.getMunicipality()))
                    .filter(candidate -> alreadyLinked || Tenancy.mayAccess(candidate.getMunicipality()))
                    .orElseThrow(() -> DomainException.invalid("personId", "account.person.otherMunicipality"));
        }
        Set<Role> roles = form.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.getRoles());
        String password = form.getPassword();
        boolean newPassword = password != null && !password.isEmpty();
        if (newPassword && password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.invalid("password", "account.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        String displayName = form.getDisplayName().trim();
        String email = OrganisationAdmin.blankToNull(form.getEmail());
        if (form.getId() == null) {
            String username = form.getUsername().trim();
            if (!newPassword) {
                throw DomainException.invalid("password", "account.password.required");
            }
            if (accounts.existsByUsernameIgnoreCase(username)) {
                throw DomainException.invalid("username", "account.username.taken", username);
            }
            UserAccount created = new UserAccount(username, encoder.encode(password));
            created.change(displayName, email, person, form.isEnabled(), roles, chosen);
            accounts.save(created);
            audit.record(OrganisationAdmin.CREATED, "UserAccount", created.getId(), firstCode(chosen),
                    "Konto skapat: " + username, Changes.start().field("namn", null, displayName)
                            .field("roller", null, roles).field("kommuner", null, codes(chosen)).toString());
            return created;
        }
        OrganisationAdmin.checkVersion(account.getVersion(), form.getVersion(), UserAccount.class, account.getId());
        if (CurrentUser.get().map(user -> user.getAccountId().equals(account.getId())).orElse(false)
                && (!roles.contains(Role.ADMIN) || !form.isEnabled())) {
            // An administrator cannot lock themselves out.
            throw DomainException.invalid("roles", "account.selfLockout");
        }
        Changes changes = Changes.start().field("namn", account.getDisplayName(), displayName)
                .field("e-post", account.getEmail(), email)
                .field("aktivt", account.isEnabled(), form.isEnabled())
                .field("roller", account.getRoles(), roles)
                .field("kommuner", codes(account.getMunicipalities()), codes(chosen));
        account.change(displayName, email, person, form.isEnabled(), roles, chosen);
        if (newPassword) {
            account.changePasswordHash(encoder.encode(password));
            changes.field("lösenord", "", "(nytt)");
        }
        audit.record(OrganisationAdmin.UPDATED, "UserAccount", account.getId(), firstCode(chosen),
                "Konto ändrat: " + account.getUsername(), changes.toString());
        return account;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> visibleAccounts() {
        return accounts.findVisibleTo(CurrentUser.municipalityCodes());
    }

    /**
     * The names of the people with accounts in the signed-in user's municipalities, to show a person where a user
     * name was recorded (who saved, approved, granted, holds a task): "Sofia Lind", not "handlaggare".
     */
    @Transactional(readOnly = true)
    public PersonNames personNames() {
        Set<String> codes = CurrentUser.municipalityCodes();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            accounts.findNamesVisibleTo(codes).forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return new PersonNames(names);
    }

    /**
     * The name of the person with this user name, whoever asks (for a document the application renders, such as
     * the approved tjänsteutlåtande, which names its approver); the user name itself when there is no such account,
     * null for null.
     */
    @Transactional(readOnly = true)
    public String nameOf(String username) {
        return username == null ? null : new PersonNames(accounts.findDisplayName(username)
                .map(name -> java.util.Map.of(username, name)).orElse(java.util.Map.of())).of(username);
    }

    @Transactional(readOnly = true)
    public UserAccount visibleAccount(Long id) {
        return accounts.findById(id)
                .filter(existing -> existing.getMunicipalities().stream().anyMatch(Tenancy::mayAccess))
                .orElseThrow(() -> DomainException.notFound("notFound.account"));
    }

    /**
     * Where to e-mail a user (for the processes' reminders, which run without a signed-in user): their display name
     * and address (the account's, else their person's; null when neither has one). Empty when there is no such
     * account or it is disabled.
     */
    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(String username) {
        return username == null ? Optional.empty() : accounts.findByUsernameIgnoreCase(username.trim())
                .filter(UserAccount::isEnabled).map(Accounts::recipient);
    }

    /**
     * The enabled accounts of a municipality with a role, by user name, as e-mail reaches them: those who see the
     * role's tasks in Gruppens uppgifter (e.g. the managers who act on an overdue assignment).
     */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(String municipalityCode, Role role) {
        return accounts.findEnabledWithRole(municipalityCode, role).stream().map(Accounts::recipient).toList();
    }

    private static Recipient recipient(UserAccount account) {
        String email = account.getEmail() != null && !account.getEmail().isBlank() ? account.getEmail()
                : account.getPerson() == null ? null : account.getPerson().getEmail();
        return new Recipient(account.getUsername(), account.getDisplayName(), email);
    }

    private static String firstCode(Set<Municipality> chosen) {
        return chosen.stream().map(Municipality::getCode).sorted().findFirst().orElse(null);
    }

    private static Set<String> codes(Set<Municipality> chosen) {
        return new java.util.TreeSet<>(chosen.stream().map(Municipality::getCode).toList());
    }
}
