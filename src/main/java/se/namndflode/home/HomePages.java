package se.namndflode.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;
import se.namndflode.meeting.Meetings;
import se.namndflode.tasks.TaskFilter;
import se.namndflode.tasks.TaskList;
import se.namndflode.tasks.TaskRow;

/**
 * Sends each user to the start page of their role; each start page shows what that role works with: for those
 * with tasks what is due today (or overdue) and this week, what waits for them and their group, with the counts of
 * the task lists (the tasks capability's own counts, so the page and the lists agree); for everyone the next
 * meeting of their boards; for the registrar the way to register a matter.
 */
@Controller
class HomePages {

    /** When an account holds several roles, the start page is the first of these. */
    static final List<Role> START_PAGE_PRECEDENCE = List.of(Role.SECRETARY, Role.CASE_OFFICER, Role.MANAGER,
            Role.DIRECTOR, Role.REGISTRAR, Role.POLITICIAN, Role.ADMIN);

    /** Start pages that show the counts of "Mina uppgifter" and the group's free tasks. */
    static final java.util.Set<Role> WITH_TASKS = java.util.EnumSet.of(Role.CASE_OFFICER, Role.MANAGER,
            Role.DIRECTOR, Role.SECRETARY);

    /** How many tasks each list on a start page shows; the task lists show the rest. */
    static final int SHOWN = 5;
    private static final java.util.Comparator<TaskRow> BY_DUE = java.util.Comparator.comparing(TaskRow::answerDue,
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    private final Organisation organisation;
    private final TaskList tasks;
    private final Meetings meetings;
    private final Clock clock;

    HomePages(Organisation organisation, TaskList tasks, Meetings meetings, Clock clock) {
        this.organisation = organisation;
        this.tasks = tasks;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        SignedInUser user = CurrentUser.require();
        Role role = START_PAGE_PRECEDENCE.stream().filter(user::hasRole).findFirst().orElse(Role.POLITICIAN);
        return "redirect:/start/" + role.startPage();
    }

    @GetMapping("/admin")
    String adminHub() {
        return "redirect:/start/" + Role.ADMIN.startPage();
    }

    @GetMapping("/start/{page}")
    String start(@PathVariable String page, Model model) {
        Role role = java.util.Arrays.stream(Role.values()).filter(candidate -> candidate.startPage().equals(page))
                .findFirst().orElseThrow(() -> DomainException.notFound("notFound.page"));
        SignedInUser user = CurrentUser.require();
        List<Board> boards = organisation.boards();
        model.addAttribute("role", role);
        model.addAttribute("boards", boards);
        model.addAttribute("today", LocalDate.now(clock));
        LocalDate today = LocalDate.now(clock);
        if (WITH_TASKS.contains(role)) {
            model.addAttribute("myTaskCount", tasks.countMine());
            model.addAttribute("groupTaskCount", tasks.countGroup());
            // What is due: the user's own tasks and their group's free ones (a manager's work is mostly the latter).
            TaskFilter overdueFilter = new TaskFilter(null, null, TaskFilter.Due.OVERDUE, null);
            TaskFilter weekFilter = new TaskFilter(null, null, TaskFilter.Due.WITHIN_7_DAYS, null);
            List<TaskRow> overdue = java.util.stream.Stream.concat(tasks.mine(overdueFilter, 0).stream(),
                    tasks.group(overdueFilter, 0).stream()).sorted(BY_DUE).toList();
            List<TaskRow> week = java.util.stream.Stream.concat(tasks.mine(weekFilter, 0).stream(),
                    tasks.group(weekFilter, 0).stream()).sorted(BY_DUE).toList();
            model.addAttribute("dueToday", java.util.stream.Stream.concat(overdue.stream(),
                    week.stream().filter(task -> today.equals(task.answerDue()))).toList());
            model.addAttribute("dueThisWeek", week.stream().filter(task -> !today.equals(task.answerDue()))
                    .toList());
            model.addAttribute("waitingMine", first(tasks.mine(TaskFilter.NONE, 0).getContent()));
            model.addAttribute("waitingGroup", first(tasks.group(TaskFilter.NONE, 0).getContent()));
        }
        List<Board> meetingBoards = boards;
        if (role == Role.POLITICIAN && user.getPersonId() != null) {
            List<BoardSeat> seats = organisation.seatsOf(organisation.person(user.getPersonId())).stream()
                    .filter(seat -> seat.isValidOn(today)).toList();
            model.addAttribute("mySeats", seats);
            meetingBoards = seats.stream().map(BoardSeat::getBoard).distinct().toList();
        }
        model.addAttribute("nextMeetings", meetings.nextMeetings(meetingBoards.stream().map(Board::getId).toList()));
        return "home/start-" + role.startPage();
    }

    private static List<TaskRow> first(List<TaskRow> rows) {
        return rows.size() <= SHOWN ? rows : rows.subList(0, SHOWN);
    }
}
