package se.namndflode.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or edit a committee (utskott) of a board. */
public class CommitteeForm {

    private Long id;
    private long version;

    @NotNull(message = "{validation.required}")
    private Long boardId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    public static CommitteeForm of(Committee committee) {
        CommitteeForm form = new CommitteeForm();
        form.id = committee.getId();
        form.version = committee.getVersion();
        form.boardId = committee.getBoard().getId();
        form.name = committee.getName();
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Long getBoardId() { return boardId; }
    public void setBoardId(Long boardId) { this.boardId = boardId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
