package se.namndflode.organisation;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The boards a user may see, and who sits in them: for every role. */
@Controller
class BoardPages {

    private final Organisation organisation;
    private final Clock clock;

    BoardPages(Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/namnder")
    String boards(Model model) {
        model.addAttribute("boards", organisation.boards());
        return "organisation/boards";
    }

    @GetMapping("/namnder/{id}")
    String board(@PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        Board board = organisation.board(id);
        LocalDate shown = day == null ? LocalDate.now(clock) : day;
        model.addAttribute("composition", organisation.composition(board, shown));
        model.addAttribute("committees", organisation.committees(board));
        return "organisation/board";
    }
}
