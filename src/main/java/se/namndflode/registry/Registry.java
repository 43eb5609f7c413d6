package se.namndflode.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Administration;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Municipality;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.UserAccount;
import se.namndflode.shared.audit.AuditEvent;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.audit.Changes;
import se.namndflode.shared.db.RowLocks;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;

/**
 * The diarium: registers matters (with the next diarienummer of their series) and documents (with the next
 * document or attachment number), and reads them for the signed-in user. Every read honours tenancy and
 * confidentiality. A matter of another municipality is "not found" (404), in lists too. A confidential matter of
 * the user's own municipality that they are not entitled to is public only as its register entry (OSL 5 kap.
 * 1–2 §§; see {@link MatterEntry}): lists, search and task lists show its number and public or masked title, and
 * opening it is refused (403 {@code matter-confidential}) with that and the reason; its title, content and
 * documents go only to the entitled. Work without a signed-in user (start-up, engine jobs) is not limited.
 */
@Service
public class Registry {

    /** Entity types of the matter's audit events; both are recorded under the matter's id. */
    public static final String MATTER = "Matter";
    public static final String DOCUMENT = "Document";
    /** The staff report's events, recorded by the board-matter capability under the matter's id too. */
    public static final String STAFF_REPORT = "StaffReport";

    /** Roles entitled to every confidential matter of their municipalities. */
    static final Set<Role> ENTITLED_ROLES = EnumSet.of(Role.REGISTRAR, Role.MANAGER, Role.DIRECTOR);
    /** Roles that may give others access to a confidential matter. */
    static final Set<Role> GRANTING_ROLES = EnumSet.of(Role.REGISTRAR, Role.MANAGER);

    /** The message of the title shown for a confidential matter without a public title. */
    public static final String MASKED_TITLE = "matter.maskedTitle";

    static final String REGISTERED = "REGISTERED";
    static final String DOCUMENT_REGISTERED = "DOCUMENT_REGISTERED";
    static final String ACCESS_GRANTED = "ACCESS_GRANTED";
    static final String ACCESS_REVOKED = "ACCESS_REVOKED";
    static final String UPDATED = "UPDATED";

    /** How often a registration is tried when the series' counter row stays locked too long. */
    static final int MAX_ATTEMPTS = 5;


    private final MatterRepository matters;
    private final DocumentRepository documents;
    private final DocumentFileRepository files;
    private final MatterAccessRepository accessList;
    private final RegistryCounters counters;
    private final Organisation organisation;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DataSize maxFileSize;
    private final MatterListQuery listQuery;
    private final RowLocks rows;
    private final MatterSearchIndex searchIndex;

    Registry(MatterRepository matters, DocumentRepository documents, DocumentFileRepository files,
            MatterAccessRepository accessList, RegistryCounters counters, Organisation organisation,
            Accounts accounts, AuditLog audit, ApplicationEventPublisher events, TransactionTemplate transaction,
            Clock clock, @Value("${namndflode.registry.max-file-size:20MB}") DataSize maxFileSize,
            MatterListQuery listQuery, RowLocks rows, MatterSearchIndex searchIndex) {
        this.rows = rows;
        this.listQuery = listQuery;
        this.searchIndex = searchIndex;
        this.matters = matters;
        this.documents = documents;
        this.files = files;
        this.accessList = accessList;
        this.counters = counters;
        this.organisation = organisation;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    // --- Registering ----------------------------------------------------------------------------------

    /**
     * Registers a matter with the next diarienummer of its board's series for the current year and publishes
     * {@link MatterRegistered}. A refusal ({@link DomainException}) saves nothing and uses up no number.
     */
    public Matter registerMatter(MatterForm form) {
        return registerAsOf(form, OffsetDateTime.now(clock), null);
    }

    /**
     * Takes over a matter from an earlier register (a municipality moving to Nämndflöde, or the demo data):
     * registered at {@code registeredAt} in the past, numbered in that year's series, its answer date checked
     * against that day. Its process then catches up at once: a reminder or overdue flag already due is set.
     * Registrars and administrators only.
     */
    public Matter importMatter(MatterForm form, OffsetDateTime registeredAt) {
        requireRegistrar();
        RegistryDates.checkRegisteredAt(registeredAt, OffsetDateTime.now(clock));
        return registerAsOf(form, registeredAt, null);
    }

    /**
     * Takes over a matter from an earlier register with its own diarienummer ({@code SOF 2023/409}, or without a
     * series prefix, {@code 2022/594}), registered at {@code registeredAt} in the year of the number. When the
     * number is in the board's own series, that series' counter is raised to it, so that new registrations never
     * get a taken-over number. Publishes {@link MatterRegistered} (the matter's process starts). Registrars and
     * administrators only. Refused ({@link DomainException}, nothing saved): a number that does not read as a
     * diarienummer ({@code registryNumber}), a year other than the registration's, a number the municipality
     * already has, and every rule of a registration. The import format: {@code docs/register-takeover.md}.
     */
    public Matter takeOverMatter(MatterForm form, String registryNumber, OffsetDateTime registeredAt) {
        requireRegistrar();
        RegistryNumber number = RegistryNumber.tryParse(registryNumber)
                .orElseThrow(() -> DomainException.invalid("registryNumber", "matter.takeOver.number"));
        if (registeredAt == null) {
            throw DomainException.invalid("registeredAt", "validation.required");
        }
        RegistryDates.checkRegisteredAt(registeredAt, OffsetDateTime.now(clock));
        if (registeredAt.getYear() != number.year()) {
            throw DomainException.invalid("registryNumber", "matter.takeOver.year", number.toString(),
                    String.valueOf(registeredAt.getYear()));
        }
        return registerAsOf(form, registeredAt, number);
    }

    private static void requireRegistrar() {
        if (CurrentUser.get().filter(user -> user.hasRole(Role.REGISTRAR) || user.hasRole(Role.ADMIN)).isEmpty()
                && CurrentUser.get().isPresent()) {
            throw new org.springframework.security.access.AccessDeniedException("Registrars only");
        }
    }

    /**
     * Registers a matter with its first document (the letter or remiss that came in) as one act: the document is
     * checked before the matter is numbered, and both are saved in one transaction, so a refused document (its
     * file's type or size, its date, its title) refuses the whole registration, saves nothing and uses up no
     * number. A refusal about the document names its field with the prefix {@code document.} (e.g.
     * {@code document.file}); a refusal about the matter names the matter's field as {@link #registerMatter} does.
     *
     * @param first the first document (type, title, date — for an incoming one the day it came in —, direction)
     * @param file  its file (PDF, DOCX or ODT within {@link #maxFileSize()})
     * @return the matter and its document (numbered {@code <diarienummer>-1})
     */
    public RegisteredWithDocument registerMatterWithDocument(MatterForm form, DocumentForm first, FileContent file) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        inDocument(() -> checkDocument(first, file, now.toLocalDate()));
        return registerAsOf(form, now, null, matter -> new RegisteredWithDocument(matter,
                inDocument(() -> registerDocument(matter.getId(), first, file))));
    }

    /** A matter registered together with its first document. */
    public record RegisteredWithDocument(Matter matter, Document document) {
    }

    /** Runs a step about the first document, its refusals naming the registration form's document fields. */
    private static <T> T inDocument(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (DomainException refusal) {
            if (refusal.field() == null || refusal.status() != org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY) {
                throw refusal;
            }
            throw new DomainException(refusal.status(), refusal.code(), "document." + refusal.field(),
                    refusal.messageKey(), refusal.arguments());
        }
    }

    private Matter registerAsOf(MatterForm form, OffsetDateTime now, RegistryNumber given) {
        return registerAsOf(form, now, given, matter -> matter);
    }

    private <T> T registerAsOf(MatterForm form, OffsetDateTime now, RegistryNumber given,
            java.util.function.Function<Matter, T> andThen) {
        Administration series = series(board(form.getBoardId()));
        int year = given == null ? now.getYear() : given.year();
        try {
            // Outside the registering transaction, so that it only ever updates the row.
            counters.createIfMissing(series.getId(), year);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException createdMeanwhile) {
            // Another registration created the row at the same moment: it exists now.
        }
        boolean callersTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> andThen.apply(register(form, now, given)));
            } catch (PessimisticLockingFailureException waitedTooLong) {
                // The counter row stayed locked by other registrations longer than the database waits (H2: 2 s).
                // This transaction saved nothing, so it may simply run again; a caller's transaction may not.
                if (callersTransaction || attempt == MAX_ATTEMPTS) {
                    throw waitedTooLong;
                }
            }
        }
    }

    private Matter register(MatterForm form, OffsetDateTime now, RegistryNumber given) {
        Board board = board(form.getBoardId());
        Administration series = series(board);
        MatterKind kind = required(form.getKind(), "kind");
        String title = required(trimmed(form.getTitle()), "title");
        LocalDate today = now.toLocalDate();
        if (form.getAnswerDue() == null && kind.requiresAnswerDate()) {
            throw DomainException.invalid("answerDue", "matter.answerDue.required");
        }
        RegistryDates.checkAnswerDue(form.getAnswerDue(), today);
        String ground = trimmed(form.getConfidentialityGround());
        if (form.isConfidential() && ground == null) {
            throw DomainException.invalid("confidentialityGround", "matter.confidentialityGround.required");
        }
        UserAccount caseOfficer = form.getCaseOfficerId() == null ? null
                : caseOfficer(form.getCaseOfficerId(), board.getMunicipality());

        RegistryNumber number;
        if (given == null) {
            // Last, so that the counter row stays locked for as short a time as possible.
            int serial = counters.next(series.getId(), now.getYear());
            number = new RegistryNumber(series.getRegistryPrefix(), now.getYear(), serial);
        } else {
            number = given;
            String municipality = board.getMunicipality().getCode();
            if (matters.findByPrefixAndYearAndSerialOrderById(number.prefix(), number.year(), number.serial())
                    .stream().anyMatch(other -> other.getMunicipality().getCode().equals(municipality))) {
                throw DomainException.invalid("registryNumber", "matter.takeOver.duplicate", number.toString());
            }
            if (number.prefix().equals(series.getRegistryPrefix())) {
                counters.raiseTo(series.getId(), number.year(), number.serial());
            }
        }
        String publicTitle = form.isConfidential() ? trimmed(form.getPublicTitle()) : null;
        Matter matter = matters.save(new Matter(board, number, kind, title, publicTitle, trimmed(form.getSender()),
                trimmed(form.getSenderReference()), form.getAnswerDue(), form.isConfidential(),
                form.isConfidential() ? ground : null, caseOfficer == null ? null : caseOfficer.getId(), now,
                AuditLog.currentActorName()));
        searchIndex.refresh(matter.getId());

        Changes changes = Changes.start().field("typ", null, kind).field("nämnd", null, board.getName())
                .field("svar senast", null, matter.getAnswerDue());
        if (matter.isConfidential()) {
            // The audit log is read by administrators too: a confidential matter's title and sender stay out.
            changes.field("sekretess", null, ground).field("offentlig rubrik", null, publicTitle);
        } else {
            changes.field("rubrik", null, title).field("avsändare", null, matter.getSender())
                    .field("avsändarens diarienummer", null, matter.getSenderReference());
        }
        changes.field("handläggare", null, caseOfficer == null ? null : caseOfficer.getDisplayName());
        audit.record(REGISTERED, MATTER, matter.getId(), board.getMunicipality().getCode(),
                (given == null ? "Ärende registrerat: " : "Ärende övertaget från tidigare diarium: ")
                        + describe(matter, number.toString()), changes.toString());

        // Whoever registers a confidential matter keeps access to it.
        CurrentUser.get().filter(user -> matter.isConfidential() && !entitledByRole(user, matter))
                .ifPresent(user -> grant(matter, user.getAccountId(), user.getDisplayName(), now));

        events.publishEvent(new MatterRegistered(matter.getId(), number));
        return matter;
    }

    /**
     * Registers a document into the matter with the next document number, or with {@code attachTo} as the
     * next attachment to that document. The file must be a PDF, DOCX or ODT within the size limit.
     */
    @Transactional
    public Document registerDocument(Long matterId, DocumentForm form, FileContent file) {
        return saveDocument(matterId, form, file, null);
    }

    /**
     * Takes over a document of a matter from an earlier register with its own number within the matter
     * ({@code suffix}: {@code 50}, or {@code 1.1} for an attachment), gaps allowed (the seed's {@code SOF 2023/18-50},
     * {@code -52}, {@code -53}): an attachment whose document was not taken over is kept too. Later registrations
     * number on after the highest. Registrars and administrators only. Refused as {@link #registerDocument}, and a
     * suffix that is no document number or that the matter already has ({@code number}).
     */
    @Transactional
    public Document takeOverDocument(Long matterId, String suffix, DocumentForm form, FileContent file) {
        requireRegistrar();
        Matter matter = visibleMatter(matterId);
        DocumentNumber number;
        try {
            number = DocumentNumber.of(matter.getRegistryNumber(), suffix);
        } catch (IllegalArgumentException notANumber) {
            throw DomainException.invalid("number", "document.takeOver.number");
        }
        return saveDocument(matterId, form, file, number);
    }

    private Document saveDocument(Long matterId, DocumentForm form, FileContent file, DocumentNumber given) {
        Matter visible = visibleMatter(matterId);
        // One registration at a time per matter, so that two never get the same number.
        Matter matter = matters.lock(visible.getId()).orElseThrow();
        AllowedFileType fileType = checkDocument(form, file, LocalDate.now(clock));
        DocumentType type = form.getType();
        String title = trimmed(form.getTitle());
        LocalDate date = form.getDate();
        DocumentDirection direction = form.getDirection();

        int documentNumber;
        int attachmentNumber;
        if (given != null) {
            documentNumber = given.document();
            attachmentNumber = given.attachment();
            if (documents.findByMatterAndDocumentNumberAndAttachmentNumber(matter, documentNumber, attachmentNumber)
                    .isPresent()) {
                throw DomainException.invalid("number", "document.takeOver.duplicate", given.toString());
            }
        } else if (form.getAttachTo() == null) {
            documentNumber = documents.lastDocumentNumber(matter) + 1;
            attachmentNumber = 0;
        } else {
            documentNumber = form.getAttachTo();
            if (documents.findByMatterAndDocumentNumberAndAttachmentNumber(matter, documentNumber, 0).isEmpty()) {
                throw DomainException.invalid("attachTo", "document.attachTo.unknown", matter.getRegistryNumber()
                        + "-" + documentNumber);
            }
            attachmentNumber = documents.lastAttachmentNumber(matter, documentNumber) + 1;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Document document = documents.save(new Document(matter, documentNumber, attachmentNumber, type, title, date,
                direction, fileName(file.fileName(), fileType), fileType, file.size(), now,
                AuditLog.currentActorName()));
        files.save(new DocumentFile(document.getId(), file.content()));
        // Under the matter's lock taken above: its search text gets the title beside those of its other documents.
        searchIndex.refresh(matter.getId());

        Changes changes = Changes.start().field("typ", null, type).field("datum", null, date)
                .field("riktning", null, direction).field("storlek", null, file.size() + " byte");
        if (!matter.isConfidential()) {
            changes.field("rubrik", null, title).field("fil", null, document.getFileName());
        }
        audit.record(DOCUMENT_REGISTERED, DOCUMENT, matter.getId(), matter.getMunicipality().getCode(),
                (document.isAttachment() ? "Bilaga " : "Handling ") + (given == null ? "registrerad: "
                        : "övertagen från tidigare diarium: ")
                        + describe(matter, document.getNumber().toString(), title),
                changes.toString());
        return document;
    }

    /** The rules of a document and its file; answers the file's type. A refusal names the field concerned. */
    private AllowedFileType checkDocument(DocumentForm form, FileContent file, LocalDate today) {
        required(form.getType(), "type");
        required(trimmed(form.getTitle()), "title");
        LocalDate date = required(form.getDate(), "date");
        DocumentDirection direction = required(form.getDirection(), "direction");
        RegistryDates.checkDocumentDate(date, direction, today);
        if (file == null || file.size() == 0) {
            throw DomainException.invalid("file", "document.file.required");
        }
        if (file.size() > maxFileSize.toBytes()) {
            throw DomainException.invalid("file", "document.file.tooLarge", readable(maxFileSize));
        }
        return AllowedFileType.of(file).orElseThrow(() -> DomainException.invalid("file", "document.file.type"));
    }

    // --- Reading --------------------------------------------------------------------------------------

    /** The matter, if the signed-in user may see it; otherwise "not found". */
    @Transactional(readOnly = true)
    public Matter matter(Long id) {
        return visibleMatter(id);
    }

    /**
     * The matter with this diarienummer in one of the user's municipalities, if they may see it. A diarienummer is
     * unique only within a municipality: when several of the user's municipalities (or, without a signed-in user,
     * several municipalities) have it, the refusal {@code matter.number.ambiguous} (409) names the addresses
     * qualified by municipality ({@link #matterAt(String)}).
     */
    @Transactional(readOnly = true)
    public Matter matter(RegistryNumber number) {
        return findMatter(number).orElseThrow(() -> refusal(CurrentUser.get(),
                matters.findByPrefixAndYearAndSerialOrderById(number.prefix(), number.year(), number.serial())));
    }

    /** As {@link #matter(RegistryNumber)}, empty when there is none the user may see. */
    @Transactional(readOnly = true)
    public Optional<Matter> findMatter(RegistryNumber number) {
        return single(number, visibleByNumber(number, null));
    }

    /**
     * The matter at a page or API address: {@code SOF-2026-12} within the user's municipalities, or
     * {@code sjostad:SOF-2026-12} within that one municipality (the form {@link Matter#getUrlNumber()} gives to a
     * user of several municipalities). A malformed address, and a matter the user may not see, is "not found".
     */
    @Transactional(readOnly = true)
    public Matter matterAt(String address) {
        MatterAddress parsed = MatterAddress.parse(address)
                .orElseThrow(() -> DomainException.notFound("notFound.matter"));
        if (parsed.municipality() == null) {
            return matter(parsed.number());
        }
        RegistryNumber number = parsed.number();
        return single(number, visibleByNumber(number, parsed.municipality())).orElseThrow(() -> refusal(
                CurrentUser.get(), matters.findByPrefixAndYearAndSerialOrderById(number.prefix(), number.year(),
                        number.serial()).stream()
                        .filter(matter -> matter.getMunicipality().getCode().equals(parsed.municipality()))
                        .toList()));
    }

    /** The matters with this number that the user may see, in one municipality or (null) in all of theirs. */
    private List<Matter> visibleByNumber(RegistryNumber number, String municipality) {
        Optional<SignedInUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return matters.findByPrefixAndYearAndSerialOrderById(number.prefix(), number.year(), number.serial())
                    .stream().filter(matter -> municipality == null
                            || matter.getMunicipality().getCode().equals(municipality)).toList();
        }
        Set<String> municipalities = municipality == null ? user.get().getMunicipalityCodes()
                : user.get().getMunicipalityCodes().stream().filter(municipality::equals)
                        .collect(Collectors.toSet());
        return municipalities.isEmpty() ? List.of()
                : matters.findVisibleByNumber(number.prefix(), number.year(), number.serial(), municipalities,
                        privileged(user.get()), user.get().getAccountId());
    }

    private static Optional<Matter> single(RegistryNumber number, List<Matter> found) {
        if (found.size() > 1) {
            throw new DomainException(HttpStatus.CONFLICT, "matter-number-ambiguous", null,
                    "matter.number.ambiguous", number.toString(), String.join(", ", found.stream()
                            .map(MatterAddress::qualified).toList()));
        }
        return found.stream().findFirst();
    }

    /**
     * The register entries of the matters with these ids, as the signed-in user sees them (for lists that join
     * with other modules' data, e.g. task lists), in two queries: matters of their municipalities, whole when they
     * are entitled, restricted to the register entry when not ({@link MatterEntry}); matters of other
     * municipalities are left out.
     */
    @Transactional(readOnly = true)
    public List<MatterEntry> entries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Optional<SignedInUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return matters.findAllById(ids).stream().map(MatterEntry::of).toList();
        }
        if (user.get().getMunicipalityCodes().isEmpty()) {
            return List.of();
        }
        return entries(matters.findInMunicipalities(ids, user.get().getMunicipalityCodes()), user.get());
    }

    /**
     * The whole register entry of a matter, whoever is signed in: for read models that apply the municipality and
     * entitlement themselves in SQL ({@link #seesConfidential(SignedInUser)} and the access list), e.g. the task
     * lists'. Empty when there is no such matter.
     */
    @Transactional(readOnly = true)
    public Optional<MatterEntry> wholeEntry(Long id) {
        return matters.findById(id).map(MatterEntry::of);
    }

    /**
     * Whether the user is entitled by role to every confidential matter of their municipalities (registrar,
     * manager, director); others by being its case officer or on its access list ({@code matter_access}).
     */
    public static boolean seesConfidential(SignedInUser user) {
        return privileged(user);
    }

    /** The matters as entries for the user: one query for which of the confidential ones they are entitled to. */
    private List<MatterEntry> entries(List<Matter> found, SignedInUser user) {
        Set<Long> confidential = found.stream().filter(Matter::isConfidential).map(Matter::getId)
                .collect(Collectors.toSet());
        Set<Long> entitled = confidential.isEmpty() || privileged(user) ? confidential
                : Set.copyOf(matters.findVisibleIds(confidential, user.getMunicipalityCodes(), false,
                        user.getAccountId()));
        return found.stream().map(matter -> MatterEntry.of(matter, !matter.isConfidential()
                || entitled.contains(matter.getId()))).toList();
    }

    /** The matter's documents and attachments, in number order ({@code -1}, {@code -1.1}, {@code -2}, ...). */
    @Transactional(readOnly = true)
    public List<Document> documents(Long matterId) {
        return documents.findByMatterOrderByDocumentNumberAscAttachmentNumberAsc(visibleMatter(matterId));
    }

    /** The file of a document, if the user may see its matter (found as {@link #matter(RegistryNumber)} finds it). */
    @Transactional(readOnly = true)
    public FileContent file(DocumentNumber number) {
        return file(matter(number.matter()), number);
    }

    /** The file of the matter's document {@code suffix} ({@code 3}, or {@code 3.1} for an attachment). */
    @Transactional(readOnly = true)
    public FileContent file(Long matterId, String suffix) {
        Matter matter = visibleMatter(matterId);
        DocumentNumber number;
        try {
            number = DocumentNumber.of(matter.getRegistryNumber(), suffix);
        } catch (IllegalArgumentException malformed) {
            throw DomainException.notFound("notFound.document");
        }
        return file(matter, number);
    }

    private FileContent file(Matter matter, DocumentNumber number) {
        Document document = documents.findByMatterAndDocumentNumberAndAttachmentNumber(matter, number.document(),
                number.attachment()).orElseThrow(() -> DomainException.notFound("notFound.document"));
        byte[] content = files.findById(document.getId()).map(DocumentFile::getContent)
                .orElseThrow(() -> DomainException.notFound("notFound.document"));
        return new FileContent(document.getFileName(), document.getContentType(), content);
    }

    /**
     * The register of the user's municipalities, newest first, as {@link MatterEntry entries}: a confidential
     * matter they are not entitled to is listed (and counted) as its register entry, and the free text finds it
     * only by its number or public title, never by what is secret (its title, sender, the sender's reference,
     * its documents' titles), so that a search cannot tell what it concerns.
     */
    @Transactional(readOnly = true)
    public Page<MatterEntry> search(MatterSearch search, int page, int size) {
        Page<MatterListing> found = list(search, page, size);
        return found.map(MatterListing::entry);
    }

    /**
     * The matter list ({@code /arenden}): the register of the user's municipalities as {@link #search} finds it,
     * filtered, ordered and paged in SQL ({@link MatterSearch}), each entry with the step its matter waits in, its
     * case officer's name, its answer date and whether it is overdue or at risk (none of which is given of a
     * restricted entry). {@code size} is 1–200.
     */
    @Transactional(readOnly = true)
    public Page<MatterListing> list(MatterSearch search, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, 200)));
        Optional<SignedInUser> user = CurrentUser.get();
        if (user.isEmpty() || user.get().getMunicipalityCodes().isEmpty()) {
            return Page.empty(request);
        }
        MatterListQuery.Found found = listQuery.find(search, SearchText.of(search.text()),
                user.get().getMunicipalityCodes(), privileged(user.get()),
                user.get().getAccountId() == null ? -1 : user.get().getAccountId(), LocalDate.now(clock),
                request.getPageNumber(), request.getPageSize());
        Map<Long, Matter> byId = matters.findAllById(found.hits().stream().map(MatterListQuery.Hit::id).toList())
                .stream().collect(Collectors.toMap(Matter::getId, matter -> matter));
        List<MatterListing> rows = found.hits().stream().map(hit -> new MatterListing(
                MatterEntry.of(byId.get(hit.id()), !hit.restricted()), hit.step(), hit.caseOfficer(),
                hit.answerDue(), hit.overdue(), hit.atRisk())).toList();
        return new org.springframework.data.domain.PageImpl<>(rows, request, found.total());
    }

    /** Everything that happened to the matter and its documents, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(Long matterId) {
        return audit.history(visibleMatter(matterId).getId(), MATTER, DOCUMENT, STAFF_REPORT);
    }

    // --- Confidentiality ------------------------------------------------------------------------------

    /** An account given access to a confidential matter. */
    public record AccessGrant(Long accountId, String accountName, OffsetDateTime grantedAt, String grantedBy) {
    }

    /** The accounts explicitly given access to the matter (not those entitled by role). */
    @Transactional(readOnly = true)
    public List<AccessGrant> accessList(Long matterId) {
        Matter matter = visibleMatter(matterId);
        return accessList.findByMatterIdOrderByGrantedAt(matter.getId()).stream()
                .map(grant -> new AccessGrant(grant.getAccountId(), accountName(grant.getAccountId()),
                        grant.getGrantedAt(), grant.getGrantedBy()))
                .toList();
    }

    /** Whether the signed-in user may change the access list of matters (registrars and managers). */
    public static boolean mayGrantAccess() {
        return CurrentUser.get().map(user -> GRANTING_ROLES.stream().anyMatch(user::hasRole)).orElse(true);
    }

    /** Gives an account of the matter's municipality access to a confidential matter. */
    @Transactional
    public void grantAccess(Long matterId, Long accountId) {
        Matter matter = matterForAccessChange(matterId);
        UserAccount account = accountOf(accountId, matter.getMunicipality(), "accountId",
                "matter.access.account.invalid");
        if (accessList.existsByMatterIdAndAccountId(matter.getId(), account.getId())) {
            throw DomainException.invalid("accountId", "matter.access.already", account.getDisplayName());
        }
        grant(matter, account.getId(), account.getDisplayName(), OffsetDateTime.now(clock));
    }

    /** Takes back an access given earlier. Those entitled by their role keep theirs. */
    @Transactional
    public void revokeAccess(Long matterId, Long accountId) {
        Matter matter = matterForAccessChange(matterId);
        MatterAccess grant = accessList.findByMatterIdAndAccountId(matter.getId(), accountId)
                .orElseThrow(() -> DomainException.invalid("accountId", "matter.access.notGranted"));
        accessList.delete(grant);
        audit.record(ACCESS_REVOKED, MATTER, matter.getId(), matter.getMunicipality().getCode(),
                "Åtkomst borttagen: " + accountName(accountId) + " (" + matter
                        .getRegistryNumber() + ")", null);
    }

    private Matter matterForAccessChange(Long matterId) {
        Matter matter = visibleMatter(matterId);
        if (!mayGrantAccess()) {
            throw new AccessDeniedException("Only registrars and managers change access lists");
        }
        if (!matter.isConfidential()) {
            throw DomainException.invalid("accountId", "matter.access.notConfidential");
        }
        return matter;
    }

    private void grant(Matter matter, Long accountId, String accountName, OffsetDateTime now) {
        accessList.save(new MatterAccess(matter.getId(), accountId, now, AuditLog.currentActorName()));
        audit.record(ACCESS_GRANTED, MATTER, matter.getId(), matter.getMunicipality().getCode(),
                "Åtkomst given: " + accountName + " (" + matter.getRegistryNumber() + ")", null);
    }

    // --- Changes for the board-matter process ---------------------------------------------------------

    /**
     * Assigns (or, with null, removes) the matter's case officer, a handläggare of its municipality, only if the
     * matter is still as the person saw it: {@code expectedVersion} is its {@code version} on the page or in the API
     * read they chose from (the matter page, the overview, the task "Fördela ärendet"). Without it a change made
     * meanwhile would be overwritten unseen.
     *
     * @throws DomainException 400 {@code version-required} without a version; 409 {@code concurrent-change} when the
     *         matter changed meanwhile (another manager assigned someone), naming its case officer now (the API's
     *         {@code current}: {@link CurrentCaseOfficer}); nothing is changed
     */
    @Transactional
    public Matter assignCaseOfficer(Long matterId, Long accountId, Long expectedVersion) {
        Matter matter = visibleMatter(matterId);
        if (expectedVersion == null) {
            throw DomainException.versionRequired();
        }
        // Locked and read afresh: a change at the same moment waits for the other to commit, then is refused below
        // naming the case officer the other chose, instead of meeting it in the engine's or JPA's optimistic lock.
        rows.lockAndRefresh(matter, "matter", matter.getId());
        String before = matter.getCaseOfficerId() == null ? null : accountName(matter.getCaseOfficerId());
        if (matter.getVersion() != expectedVersion) {
            throw DomainException.changedMeanwhile("matter.caseOfficer.changedMeanwhile",
                    matter.getRegistryNumber().toString(), before != null ? before
                            : new org.springframework.context.support.DefaultMessageSourceResolvable(
                                    new String[] {"matter.caseOfficer.nobody"}, "–"))
                    .withProperty("current", new CurrentCaseOfficer(matter.getVersion(), matter.getCaseOfficerId(),
                            before));
        }
        UserAccount officer = accountId == null ? null : caseOfficer(accountId, matter.getMunicipality());
        Long previous = matter.getCaseOfficerId();
        matter.assignCaseOfficer(officer == null ? null : officer.getId());
        if (!java.util.Objects.equals(previous, matter.getCaseOfficerId())) {
            events.publishEvent(new CaseOfficerChanged(matter.getId(), matter.getCaseOfficerId()));
        }
        audit.record(UPDATED, MATTER, matter.getId(), matter.getMunicipality().getCode(),
                "Handläggare ändrad: " + matter.getRegistryNumber(), Changes.start()
                        .field("handläggare", before, officer == null ? null : officer.getDisplayName()).toString());
        return matter;
    }

    /**
     * A matter's case officer as it is now, for a refused stale change: the matter's version (to send with the next
     * change), the case officer's account id and name (null when none).
     */
    public record CurrentCaseOfficer(long version, Long caseOfficerId, String caseOfficer) {
    }

    /** Records a new status of the matter (the board-matter process closes it after dispatch). */
    @Transactional
    public Matter changeStatus(Long matterId, MatterStatus status) {
        Matter matter = visibleMatter(matterId);
        String changes = Changes.start().field("status", matter.getStatus(), status).toString();
        matter.changeStatus(status);
        audit.record(UPDATED, MATTER, matter.getId(), matter.getMunicipality().getCode(),
                "Status ändrad: " + matter.getRegistryNumber(), changes);
        return matter;
    }

    // --- Helpers --------------------------------------------------------------------------------------

    private Matter visibleMatter(Long id) {
        if (id == null) {
            throw DomainException.notFound("notFound.matter");
        }
        Optional<SignedInUser> user = CurrentUser.get();
        Optional<Matter> found = user.isEmpty() ? matters.findById(id)
                : user.get().getMunicipalityCodes().isEmpty() ? Optional.empty()
                : matters.findVisible(id, user.get().getMunicipalityCodes(), privileged(user.get()),
                        user.get().getAccountId());
        return found.orElseThrow(() -> refusal(user, matters.findById(id).stream().toList()));
    }

    /**
     * Why a user does not get a matter. A confidential matter of their own municipality is refused (403
     * {@code matter-confidential}) with what the register shows of it anyway — its number, its public title or
     * "Sekretessbelagt ärende", the provision it is secret under — and whom to ask; never its title. Anything else
     * does not exist for them (404).
     */
    private static DomainException refusal(Optional<SignedInUser> user, List<Matter> candidates) {
        return user.flatMap(signedIn -> candidates.stream()
                        .filter(matter -> matter.isConfidential() && signedIn.belongsTo(matter.getMunicipality().getCode()))
                        .findFirst())
                .map(Registry::confidentialRefusal)
                .orElseGet(() -> DomainException.notFound("notFound.matter"));
    }

    private static DomainException confidentialRefusal(Matter matter) {
        Object title = matter.getPublicTitle() != null ? matter.getPublicTitle()
                : new org.springframework.context.support.DefaultMessageSourceResolvable(
                        new String[] {MASKED_TITLE}, "Sekretessbelagt ärende");
        return new DomainException(HttpStatus.FORBIDDEN, "matter-confidential", null,
                "matter.confidential.forbidden", matter.getRegistryNumber().toString(), title,
                matter.getConfidentialityGround())
                .withProperty("registryNumber", matter.getRegistryNumber().toString())
                .withProperty("title", title);
    }

    /** The account's name, or its id if it has since left the user's municipalities. */
    String accountName(Long accountId) {
        try {
            return accounts.visibleAccount(accountId).getDisplayName();
        } catch (DomainException noLongerVisible) {
            return "#" + accountId;
        }
    }

    private static boolean privileged(SignedInUser user) {
        return ENTITLED_ROLES.stream().anyMatch(user::hasRole);
    }

    private static boolean entitledByRole(SignedInUser user, Matter matter) {
        return privileged(user) || user.getAccountId().equals(matter.getCaseOfficerId());
    }

    private Board board(Long boardId) {
        if (boardId == null) {
            throw DomainException.invalid("boardId", "validation.required");
        }
        try {
            return organisation.board(boardId);
        } catch (DomainException notFound) {
            throw DomainException.invalid("boardId", "notFound.board");
        }
    }

    private static Administration series(Board board) {
        if (board.getAdministration() == null) {
            throw DomainException.invalid("boardId", "matter.board.noSeries", board.getName());
        }
        return board.getAdministration();
    }

    private UserAccount caseOfficer(Long accountId, Municipality municipality) {
        UserAccount account = accountOf(accountId, municipality, "caseOfficerId", "matter.caseOfficer.invalid");
        if (!account.getRoles().contains(Role.CASE_OFFICER)) {
            throw DomainException.invalid("caseOfficerId", "matter.caseOfficer.invalid");
        }
        return account;
    }

    /** An enabled account of the municipality; otherwise the refusal, on the given field. */
    private UserAccount accountOf(Long accountId, Municipality municipality, String field, String refusal) {
        if (accountId == null) {
            throw DomainException.invalid(field, "validation.required");
        }
        UserAccount account;
        try {
            account = accounts.visibleAccount(accountId);
        } catch (DomainException notFound) {
            throw DomainException.invalid(field, refusal);
        }
        if (!account.isEnabled() || account.getMunicipalities().stream()
                .noneMatch(candidate -> candidate.getId().equals(municipality.getId()))) {
            throw DomainException.invalid(field, refusal);
        }
        return account;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "validation.required");
        }
        return value;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The summary of an audit event: the number and, unless the matter is confidential, the title. */
    private static String describe(Matter matter, String number) {
        return describe(matter, number, matter.getTitle());
    }

    private static String describe(Matter matter, String number, String title) {
        return matter.isConfidential() ? number + " (sekretess)" : number + " " + title;
    }

    /** The file's own name without any folder a browser sent along, with the type's extension. */
    private static String fileName(String original, AllowedFileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "handling." + type.extension() : name;
    }

    /** A size as people write it: {@code 20 MB}, {@code 512 kB}. */
    static String readable(DataSize size) {
        return se.namndflode.shared.web.UploadLimit.readable(size.toBytes());
    }

    public DataSize maxFileSize() {
        return maxFileSize;
    }
}
