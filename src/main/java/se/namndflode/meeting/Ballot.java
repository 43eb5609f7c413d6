package se.namndflode.meeting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One serving person's vote, recorded by name (votes are open); a substitute's with the member they serve for. */
@Embeddable
record Ballot(@Embedded PersonRef person, @Enumerated(EnumType.STRING) @Column(length = 10) BallotChoice choice,
        @Embedded @AttributeOverrides({
            @AttributeOverride(name = "personId", column = @Column(name = "serves_for_person_id")),
            @AttributeOverride(name = "name", column = @Column(name = "serves_for_name")),
            @AttributeOverride(name = "partyCode", column = @Column(name = "serves_for_party_code"))
        }) PersonRef servesFor) {
}
