package se.namndflode.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Create or edit a person's seat in a board. */
public class SeatForm {

    private Long id;
    private long version;

    @NotNull(message = "{validation.required}")
    private Long boardId;

    @NotNull(message = "{validation.required}")
    private Long personId;

    @NotNull(message = "{validation.required}")
    private Long partyId;

    @NotNull(message = "{validation.required}")
    private SeatType seatType = SeatType.MEMBER;

    private BoardRole boardRole;

    @Min(value = 1, message = "{seat.substituteOrder.range}")
    @Max(value = 99, message = "{seat.substituteOrder.range}")
    private Integer substituteOrder;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    public static SeatForm of(BoardSeat seat) {
        SeatForm form = new SeatForm();
        form.id = seat.getId();
        form.version = seat.getVersion();
        form.boardId = seat.getBoard().getId();
        form.personId = seat.getPerson().getId();
        form.partyId = seat.getParty().getId();
        form.seatType = seat.getSeatType();
        form.boardRole = seat.getBoardRole();
        form.substituteOrder = seat.getSubstituteOrder();
        form.validFrom = seat.getValidFrom();
        form.validTo = seat.getValidTo();
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Long getBoardId() { return boardId; }
    public void setBoardId(Long boardId) { this.boardId = boardId; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public Long getPartyId() { return partyId; }
    public void setPartyId(Long partyId) { this.partyId = partyId; }
    public SeatType getSeatType() { return seatType; }
    public void setSeatType(SeatType seatType) { this.seatType = seatType; }
    public BoardRole getBoardRole() { return boardRole; }
    public void setBoardRole(BoardRole boardRole) { this.boardRole = boardRole; }
    public Integer getSubstituteOrder() { return substituteOrder; }
    public void setSubstituteOrder(Integer substituteOrder) { this.substituteOrder = substituteOrder; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
}
