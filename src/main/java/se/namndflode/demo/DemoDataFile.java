package se.namndflode.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** The demo data's own format ({@code demo/organisation.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoDataFile(List<DemoMunicipality> municipalities, List<DemoAccount> accounts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoMunicipality(String code, String name, List<DemoAdministration> administrations,
            List<List<String>> parties, List<DemoBoard> boards) {
    }

    record DemoAdministration(String name, String registryPrefix) {
    }

    record DemoBoard(String kind, String name, String administration, int memberCount, List<String> committees,
            LocalDate seatsFrom, LocalDate seatsTo, List<DemoSeat> seats) {
    }

    record DemoSeat(String firstName, String lastName, String party, String seatType, String boardRole,
            Integer substituteOrder) {

        String fullName() {
            return firstName + " " + lastName;
        }
    }

    record DemoAccount(String username, String displayName, List<String> roles, List<String> municipalities,
            String person) {
    }
}
