package se.namndflode.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or edit a board, the council or the executive board. */
public class BoardForm {

    private Long id;
    private long version;

    @NotNull(message = "{validation.required}")
    private Long municipalityId;

    @NotNull(message = "{validation.required}")
    private BoardKind kind = BoardKind.BOARD;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    private Long administrationId;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{board.memberCount.range}")
    @Max(value = 201, message = "{board.memberCount.range}")
    private Integer memberCount;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{board.kallelseReminderDays.range}")
    @Max(value = 60, message = "{board.kallelseReminderDays.range}")
    private Integer kallelseReminderDays = Board.DEFAULT_KALLELSE_REMINDER_DAYS;

    @NotNull(message = "{validation.required}")
    private ParagraphNumbering paragraphNumbering = ParagraphNumbering.PER_MEETING;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String immediateJusteringWording = Board.DEFAULT_IMMEDIATE_JUSTERING_WORDING;

    public static BoardForm of(Board board) {
        BoardForm form = new BoardForm();
        form.id = board.getId();
        form.version = board.getVersion();
        form.municipalityId = board.getMunicipality().getId();
        form.kind = board.getKind();
        form.name = board.getName();
        form.administrationId = board.getAdministration() == null ? null : board.getAdministration().getId();
        form.memberCount = board.getMemberCount();
        form.kallelseReminderDays = board.getKallelseReminderDays();
        form.paragraphNumbering = board.getParagraphNumbering();
        form.immediateJusteringWording = board.getImmediateJusteringWording();
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
    public BoardKind getKind() { return kind; }
    public void setKind(BoardKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getAdministrationId() { return administrationId; }
    public void setAdministrationId(Long administrationId) { this.administrationId = administrationId; }
    public Integer getMemberCount() { return memberCount; }
    public void setMemberCount(Integer memberCount) { this.memberCount = memberCount; }
    public Integer getKallelseReminderDays() { return kallelseReminderDays; }
    public void setKallelseReminderDays(Integer days) { this.kallelseReminderDays = days; }
    public ParagraphNumbering getParagraphNumbering() { return paragraphNumbering; }
    public void setParagraphNumbering(ParagraphNumbering numbering) { this.paragraphNumbering = numbering; }
    public String getImmediateJusteringWording() { return immediateJusteringWording; }
    public void setImmediateJusteringWording(String wording) { this.immediateJusteringWording = wording; }
}
