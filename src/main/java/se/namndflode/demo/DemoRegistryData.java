package se.namndflode.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.demo.DemoRegistryFile.DemoDocument;
import se.namndflode.demo.DemoRegistryFile.DemoMatter;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.Document;
import se.namndflode.registry.DocumentDirection;
import se.namndflode.registry.DocumentForm;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.FileContent;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.SignedInUser;

/**
 * Registers the demo matters of Socialnämnden, after the demo organisation (which it needs) and once per
 * database: the demo registrar registers them through the same service and rules as the pages, in one
 * transaction, each document with a small generated PDF.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "namndflode.demo-data.enabled", havingValue = "true")
class DemoRegistryData implements ApplicationRunner {

    static final String LOADED = "DEMO_REGISTRY_LOADED";
    private static final Logger log = LoggerFactory.getLogger(DemoRegistryData.class);

    private final Registry registry;
    private final Organisation organisation;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoMatterStages stages;

    DemoRegistryData(Registry registry, Organisation organisation, Accounts accounts, AuditLog audit,
            ObjectMapper json, TransactionTemplate transaction, Clock clock, DemoMatterStages stages) {
        this.stages = stages;
        this.registry = registry;
        this.organisation = organisation;
        this.accounts = accounts;
        this.audit = audit;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (audit.count("DemoData", LOADED) > 0) {
            return;
        }
        DemoRegistryFile file = DemoData.read(json, "demo/registry.json", DemoRegistryFile.class);
        Optional<SignedInUser> registrar = user(file.registrar());
        if (registrar.isEmpty()) {
            log.info("Demo matters skipped: no account {}", file.registrar());
            return;
        }
        DemoData.actingAs(UsernamePasswordAuthenticationToken.authenticated(registrar.get(), null,
                registrar.get().getAuthorities()), () -> {
                    Optional<Board> board = organisation.boards().stream()
                            .filter(candidate -> candidate.getMunicipality().getCode().equals(file.municipality())
                                    && candidate.getName().equals(file.board()))
                            .findFirst();
                    if (board.isEmpty()) {
                        log.info("Demo matters skipped: no board {} in {}", file.board(), file.municipality());
                        return;
                    }
                    transaction.executeWithoutResult(status -> load(file, board.get()));
                    log.info("Demo matters registered: {}", file.matters().size());
                });
    }

    private void load(DemoRegistryFile file, Board board) {
        LocalDate today = LocalDate.now(clock);
        for (DemoMatter demo : file.matters()) {
            MatterForm form = new MatterForm();
            form.setBoardId(board.getId());
            form.setKind(MatterKind.valueOf(demo.kind()));
            form.setTitle(demo.title());
            form.setSender(demo.sender());
            form.setSenderReference(demo.senderReference());
            form.setAnswerDue(demo.answerInDays() == null ? null : today.plusDays(demo.answerInDays()));
            form.setConfidential(demo.confidentialityGround() != null);
            form.setConfidentialityGround(demo.confidentialityGround());
            form.setCaseOfficerId(demo.caseOfficer() == null ? null
                    : user(demo.caseOfficer()).map(SignedInUser::getAccountId).orElse(null));
            Matter matter = demo.registeredDaysAgo() == null ? registry.registerMatter(form)
                    : registry.importMatter(form, OffsetDateTime.now(clock).minusDays(demo.registeredDaysAgo()));
            for (DemoDocument document : demo.documents()) {
                Document registered = registerDocument(matter, document, null, today);
                for (DemoDocument attachment : document.attachmentsOrNone()) {
                    registerDocument(matter, attachment, registered.getDocumentNumber(), today);
                }
            }
            stages.moveTo(matter, demo.stage());
        }
        audit.record(LOADED, "DemoData", null, file.municipality(),
                "Demoärenden registrerade: " + file.matters().size() + " i " + board.getName(), null);
    }

    private Document registerDocument(Matter matter, DemoDocument demo, Integer attachTo, LocalDate today) {
        DocumentForm form = new DocumentForm();
        form.setType(DocumentType.valueOf(demo.type()));
        form.setDirection(DocumentDirection.valueOf(demo.direction()));
        form.setTitle(demo.title());
        form.setDate(today);
        form.setAttachTo(attachTo);
        byte[] pdf = DemoPdf.of(demo.title(), List.of(matter.getBoard().getName() + ", " + matter.getRegistryNumber(),
                "Demohandling i Nämndflöde. Texten är inte den verkliga handlingens."));
        return registry.registerDocument(matter.getId(), form, new FileContent(fileName(demo.title()),
                "application/pdf", pdf));
    }

    /** {@code remiss-motion-om-kommunoverskridande-samarbete.pdf}: short, lower case, no diacritics. */
    static String fileName(String title) {
        String plain = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (plain.length() > 60 ? plain.substring(0, 60).replaceAll("-$", "") : plain) + ".pdf";
    }

    private Optional<SignedInUser> user(String username) {
        try {
            return Optional.of(accounts.loadUserByUsername(username));
        } catch (UsernameNotFoundException missing) {
            return Optional.empty();
        }
    }
}
